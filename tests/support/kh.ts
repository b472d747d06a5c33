/**
 * Runs the `kh` command in this process, as a user would type it, and gives back what it printed:
 * the CLI tests read its output the way a secretary reads the terminal.
 */
import { main } from '../../src/cli/kh';
import type { CliIO } from '../../src/cli/io';

export interface KhRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A `kh` that runs in `cwd` (default: this process's) with a terminal `columns` wide when given. */
export function khIn(options: { cwd?: string; columns?: number } = {}): (...argv: string[]) => Promise<KhRun> {
  return async (...argv) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t), color: false, cwd: options.cwd ?? process.cwd(), ...(options.columns ? { columns: options.columns } : {}) };
    const code = await main(argv, io);
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  };
}

/** `kh` in the current directory. */
export const kh = khIn();
