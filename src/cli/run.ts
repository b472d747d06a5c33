/** The process entry of `kh` (bin/kh.js loads it, bundled or through tsx). */
import type { CliIO } from './io';
import { main } from './kh';

const io: CliIO = {
  out: (t) => process.stdout.write(t + '\n'),
  err: (t) => process.stderr.write(t + '\n'),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  cwd: process.cwd(),
  progress: process.stderr.isTTY ? process.stderr : undefined,
  columns: process.stdout.columns,
};

process.exitCode = await main(process.argv.slice(2), io);
