/** A bug of ours met on a file still gives one line that names the file (it said "kh check: lỗi nội bộ" before). */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/kh';
import type { CliIO } from '../../src/cli/io';
import { kh } from '../support/kh';

vi.mock('../../src/core/plan/readPlan', () => ({
  readPlan: () => {
    throw new RangeError('Invalid array length');
  },
}));

const file = join(__dirname, '..', 'fixtures', 'cli', 'ke-hoach-day-du.txt');


describe('an internal error', () => {
  it('in kh check names the file, on one line', async () => {
    const r = await kh('check', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${file}: lỗi nội bộ: Invalid array length (đặt KH_DEBUG=1 để xem chi tiết)`);
  });

  it('in kh extract names the file, on one line', async () => {
    const r = await kh('extract', file);
    expect(r.stderr).toBe(`${file}: lỗi nội bộ: Invalid array length (đặt KH_DEBUG=1 để xem chi tiết)`);
  });

  it('in a batch is the file’s row, and the batch goes on', async () => {
    const out: string[] = [];
    const io: CliIO = { out: (t) => out.push(t), err: () => undefined, color: false, cwd: process.cwd(), columns: 200 };
    const code = await main(['check', file, file.replace('day-du', 'thieu-chu-tri'), '--json'], io);
    expect(code).toBe(2);
    expect(JSON.parse(out.join('\n'))).toEqual([
      { file, error: `${file}: lỗi nội bộ: Invalid array length`, errorId: null },
      { file: file.replace('day-du', 'thieu-chu-tri'), error: `${file.replace('day-du', 'thieu-chu-tri')}: lỗi nội bộ: Invalid array length`, errorId: null },
    ]);
  });
});
