/**
 * `npm run bench [-- FILTER]`: runs every bench/*.bench.ts in turn, each in its own Node process
 * so one bench's heap and JIT state do not colour the next. Benches print figures; none asserts.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();

if (benches.length === 0) {
  console.error(`Không có bench nào khớp "${filter}" trong ${here}`);
  process.exit(2);
}

let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${file} ===`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(here, file)], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.error(`${file}: thoát với mã ${result.status ?? result.signal}`);
  }
}
process.exit(failed > 0 ? 1 : 0);
