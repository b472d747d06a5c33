/** What a command needs from the outside world, so commands are testable without a process. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Colour only on a terminal that wants it. */
  color: boolean;
  cwd: string;
  /** A terminal to draw a batch's progress bar on (stderr when it is a TTY); plain lines otherwise. */
  progress?: NodeJS.WriteStream;
  /** The terminal's width, for tables. */
  columns?: number;
}

/** A `kh` subcommand: returns the exit code (0 done, 1 error-level findings, 2 unusable input). */
export type Command = (args: string[], io: CliIO) => Promise<number>;
