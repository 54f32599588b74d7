#!/usr/bin/env node
// Makes sure the end-to-end tests have a browser and CJK fonts, using Debian's packages only:
// Playwright's own browser download cannot reach its host here, so `npx playwright install` is
// never run. As root (CI, the dev container) the packages are installed with apt-get; otherwise
// the script says what is missing and how to install it, and exits 1.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const cjkFonts = [
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
];
const installCommand = 'apt-get install -y chromium fonts-noto-cjk';

/** What is missing, as readable names; empty when everything is there. */
function findMissing() {
  const missing = [];
  if (!existsSync(chromiumPath)) missing.push(`chromium (no executable at ${chromiumPath})`);
  if (!hasCjkFonts()) missing.push('fonts-noto-cjk');
  return missing;
}

function hasCjkFonts() {
  const dpkg = spawnSync('dpkg', ['-s', 'fonts-noto-cjk'], { stdio: 'ignore' });
  return dpkg.status === 0 || cjkFonts.some((file) => existsSync(file));
}

function install() {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'chromium', 'fonts-noto-cjk']]) {
    console.error(`ensure-chromium: apt-get ${args.join(' ')}`);
    const run = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (run.status !== 0) {
      console.error(`ensure-chromium: apt-get ${args[0]} failed (exit ${run.status ?? run.signal})`);
      process.exit(1);
    }
  }
}

/** The browser's version line; Debian's wrapper script may print shell noise on stderr, so read stdout only. */
function chromiumVersion() {
  try {
    const out = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 30_000 });
    return out.trim() || 'version unknown';
  } catch (error) {
    return `version unknown: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  }
}

let missing = findMissing();
if (process.env.CHROMIUM_PATH && !existsSync(chromiumPath)) {
  // apt-get installs /usr/bin/chromium, which would not help a CHROMIUM_PATH pointing elsewhere.
  console.error(`ensure-chromium: CHROMIUM_PATH is set to ${chromiumPath}, which does not exist; unset it to use /usr/bin/chromium.`);
  process.exit(1);
}
if (missing.length > 0) {
  if (process.getuid?.() === 0) {
    console.error(`ensure-chromium: missing ${missing.join(', ')}; installing with apt-get`);
    install();
    missing = findMissing();
    if (missing.length > 0) {
      console.error(`ensure-chromium: still missing after apt-get: ${missing.join(', ')}`);
      process.exit(1);
    }
  } else {
    console.error(`ensure-chromium: missing ${missing.join(', ')}.`);
    console.error(`Install them with:  sudo ${installCommand}`);
    if (!existsSync(chromiumPath)) console.error('(or set CHROMIUM_PATH to an existing Chromium executable)');
    process.exit(1);
  }
}

console.log(`chromium: ${chromiumPath} (${chromiumVersion()})`);
