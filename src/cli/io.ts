/**
 * Where the command line writes: the process's stdout and stderr, or, while a test runs a command
 * in process, what it captures (so the tests need not start node and tsx for every command).
 */
export interface CliStreams {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const PROCESS_STREAMS: CliStreams = { out: (text) => void process.stdout.write(text), err: (text) => void process.stderr.write(text) };
let streams = PROCESS_STREAMS;

export const writeOut = (text: string): void => streams.out(text);
export const writeErr = (text: string): void => streams.err(text);

/** Run `command` (to its end, synchronously) with its writes going to `capture`; the process's streams again after. */
export function withStreams<T>(capture: CliStreams, command: () => T): T {
  const before = streams;
  streams = capture;
  try {
    return command();
  } finally {
    streams = before;
  }
}
