/**
 * `npm run bench [-- FILTER]`: runs every bench/*.bench.ts in turn, each in its own Node process
 * so one bench's heap and JIT state do not colour the next. Benches print figures; none asserts.
 * At the end, the figures of issue 11 item 3 as one table (bench/support/summary.ts) with the
 * machine and its load before and after: on a shared machine wall time carries the others' work.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { load, machine, recorded, summaryTable } from './support/summary';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();

if (benches.length === 0) {
  console.error(`Không có bench nào khớp "${filter}" trong ${here}`);
  process.exit(2);
}

const started = performance.now();
const machineBefore = machine();
const dir = mkdtempSync(join(tmpdir(), 'kh-bench-summary-'));
const summary = join(dir, 'rows.jsonl');
console.log(`machine: ${machineBefore}`);

let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${file} ===`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(here, file)], { stdio: 'inherit', env: { ...process.env, KH_BENCH_SUMMARY: summary } });
  if (result.status !== 0) {
    failed++;
    console.error(`${file}: thoát với mã ${result.status ?? result.signal}`);
  }
}

const rows = recorded(summary);
rmSync(dir, { recursive: true, force: true });
if (rows.length > 0) {
  console.log('\n=== issue 11: tốc độ (speed) ===');
  console.log(`máy (machine): ${machineBefore}`);
  console.log(`load average at the end: ${load()}; whole bench ${((performance.now() - started) / 60000).toFixed(1)} min\n`);
  console.log(summaryTable(rows));
}
process.exit(failed > 0 ? 1 : 0);
