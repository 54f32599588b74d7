/** The scripts a built page loads before it can render: the entry module of dist/index.html and the modules it preloads. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function initialScripts(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const found = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  return [...new Set(found)];
}
