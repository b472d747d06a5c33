import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const PLAN = join(__dirname, '..', 'fixtures', 'cli', 'ke-hoach-thieu-chu-tri.txt');

/** A checkout of its own (bin/ copied, sources and packages linked) so its build/ is this test's alone. */
function checkout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kh-bin-'));
  mkdirSync(join(dir, 'bin'));
  cpSync(join(ROOT, 'bin', 'kh.js'), join(dir, 'bin', 'kh.js'));
  for (const linked of ['src', 'templates', 'node_modules', 'package.json']) symlinkSync(join(ROOT, linked), join(dir, linked));
  return dir;
}

describe('the kh command', () => {
  it('builds its bundle on first use, runs a fresh one as it is and never runs a stale one', () => {
    const dir = checkout();
    try {
      const kh = () => spawnSync(process.execPath, [join(dir, 'bin', 'kh.js'), 'check', PLAN], { encoding: 'utf8' });
      const first = kh();
      expect(first.stdout).toMatch(/Tổng: 1 lỗi/);
      expect(first.status).toBe(1);
      const bundle = join(dir, 'build', 'cli', 'run.mjs');
      // A bundle newer than every source is run without a rebuild.
      writeFileSync(bundle, "export async function run() { console.log('bundle as built'); }\n");
      const later = new Date(Date.now() + 3600_000);
      utimesSync(bundle, later, later);
      utimesSync(join(dir, 'build', 'cli', 'check-worker.mjs'), later, later);
      expect(kh().stdout.trim()).toBe('bundle as built');
      // One older than a source is rebuilt first: its own code never runs.
      writeFileSync(bundle, "export async function run() { console.log('stale bundle'); }\n");
      utimesSync(bundle, new Date(2000, 0, 1), new Date(2000, 0, 1));
      const rebuilt = kh();
      expect(rebuilt.stdout).not.toContain('stale bundle');
      expect(rebuilt.stdout).toMatch(/Tổng: 1 lỗi/);
      expect(rebuilt.status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
