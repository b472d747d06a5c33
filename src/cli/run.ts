/** The process entry of `kh`: bin/kh.js loads this module (bundled or through tsx) and calls `run`. */
import type { CliIO } from './io';
import { main } from './kh';

export async function run(): Promise<void> {
  const io: CliIO = {
    out: (t) => process.stdout.write(t + '\n'),
    err: (t) => process.stderr.write(t + '\n'),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    cwd: process.cwd(),
    progress: process.stderr.isTTY ? process.stderr : undefined,
    columns: process.stdout.columns,
  };
  process.exitCode = await main(process.argv.slice(2), io);
}
