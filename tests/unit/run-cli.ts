/**
 * The command line run as tests need it: in process (the commands' writes captured, no node or
 * tsx to start, the dictionary loaded once for the file), or, for the few tests that check what the
 * shell sees, as `npm run cli` runs it, in a process of its own.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runCommand } from '../../src/cli/commands.ts';
import { withStreams } from '../../src/cli/io.ts';

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const ROOT = join(import.meta.dirname, '../..');

/** A command other than `publish`, run in this process. */
export function runCli(...args: string[]): CliRun {
  let stdout = '';
  let stderr = '';
  const status = withStreams({ out: (text) => (stdout += text), err: (text) => (stderr += text) }, () => runCommand(args));
  if (typeof status !== 'number') throw new Error(`runCli: "${args[0]}" does not finish synchronously; spawn it`);
  return { status, stdout, stderr };
}

/** A command in a process of its own, as `npm run -s cli --` runs it: for its exit code as the shell sees it. */
export function spawnCli(...args: string[]): CliRun {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
