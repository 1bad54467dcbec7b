// What a command writes to: kept apart from process so commands run the same in tests and in a terminal.

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Resolves when the person asks a long-running command (serve) to stop. */
  untilInterrupted(): Promise<void>;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    untilInterrupted: () =>
      new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      }),
  };
}
