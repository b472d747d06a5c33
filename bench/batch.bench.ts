/**
 * Issue 11: a province checks a folder of 100 commune-sized plans. Prints, for the same folder
 * (scripts/make-plan-folder.ts: the project's fixtures, the examples drafted, generated communes):
 *   - `kh check FOLDER` (one process, a worker pool on every core)
 *   - `for f in FOLDER/*; do kh check "$f"; done` (one process per plan, as before)
 *   - mammoth extracting the text of each .docx, one process each
 * and the start-up of a single `kh check` on a small plan beside a bare `node -e 0`. Wall time
 * and CPU time (user + system): on a shared machine wall time carries the others' load.
 * Goals: 100 plans ≤ 5 s on 2 cores; a single small plan ≤ 0.25 s whole process.
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makePlanFolder } from '../scripts/make-plan-folder';
import { medianRun, s, timed } from './support/timing';

const root = join(import.meta.dirname, '..');
const kh = join(root, 'bin', 'kh.js');
const node = process.execPath;

function main() {
  const dir = mkdtempSync(join(tmpdir(), 'kh-100-'));
  const files = makePlanFolder(dir, 100);
  const docx = readdirSync(dir).filter((f) => f.endsWith('.docx')).map((f) => join(dir, f));
  // The first run builds the CLI bundle when a source changed: not what a user waits for each time.
  spawnSync(node, [kh, 'check', files[0]], { stdio: 'ignore' });
  console.log(`machine: ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (others' work shows in wall time, not CPU)`);
  console.log(`folder: ${files.length} plans (${docx.length} .docx, ${files.length - docx.length} .txt) in ${dir}\n`);

  const batch = medianRun(3, () => timed(node, [kh, 'check', dir, '--json']));
  const loop = timed('bash', ['-c', `for f in "${dir}"/*; do "${node}" "${kh}" check "$f" > /dev/null; done`]);
  const mammoth = timed('bash', ['-c', `for f in "${dir}"/*.docx; do "${node}" "${join(root, 'bench', 'support', 'mammoth-one.cjs')}" "$f" > /dev/null; done`]);
  const perDocx = (t: number) => (t / docx.length) * files.length;
  const row = (name: string, t: { wall: number; cpu: number | null }, note = '') => console.log(`  ${name.padEnd(48)} ${s(t.wall).padStart(9)} ${s(t.cpu).padStart(9)}${note}`);
  console.log(`  ${'100 plans'.padEnd(48)} ${'wall'.padStart(9)} ${'CPU'.padStart(9)}`);
  row('kh check FOLDER (one process, worker pool)', batch, `   goal ≤ 5 s wall on 2 cores: ${batch.wall <= 5 ? 'met' : 'NOT met'}`);
  row('for f in FOLDER/*; do kh check "$f"; done', loop, `   ×${(loop.wall / batch.wall).toFixed(1)} the batch's wall, ×${((loop.cpu ?? 0) / (batch.cpu ?? 1)).toFixed(1)} its CPU`);
  row(`mammoth text only, one process per .docx (${docx.length})`, mammoth, `   ×${(mammoth.wall / batch.wall).toFixed(1)} the batch's wall (×${(perDocx(mammoth.wall) / batch.wall).toFixed(1)} scaled to ${files.length} files)`);

  const small = join(root, 'tests', 'fixtures', 'cli', 'ke-hoach-day-du.txt');
  const start = medianRun(9, () => timed(node, [kh, 'check', small]));
  const bare = medianRun(9, () => timed(node, ['-e', '0']));
  console.log('\nstart-up, median of 9:');
  row('kh check (a small .txt plan), whole process', start, `   goal ≤ 0.25 s: ${start.wall <= 0.25 ? 'met' : `NOT met (CPU ${s(start.cpu)})`}`);
  row('node -e 0 (Node alone)', bare, `   kh adds ${s(start.wall - bare.wall)} wall, ${s((start.cpu ?? 0) - (bare.cpu ?? 0))} CPU`);
  rmSync(dir, { recursive: true, force: true });
}

main();
