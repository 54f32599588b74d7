/** The command line's entry (`npm run -s cli -- <command>`): runs the command and exits with its code. */
import { runCommand } from './commands.ts';

process.exitCode = await runCommand(process.argv.slice(2));
