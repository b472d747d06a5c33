import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/core/blocks';
import { blocksToDocx } from '../../src/core/ooxml/writeDocx';
import { draftPlan } from '../../src/core/templates/draftPlan';
import { khIn } from '../support/kh';
import { makePlanFolder } from '../../scripts/make-plan-folder';

const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(__dirname, '..', 'fixtures', 'cli');
const PARENT_163 = join(ROOT, 'templates', 'plans', 'kh-163-ubnd-bac-ninh.yaml');

const kh = khIn({ columns: 200 });

/** The commune plan of examples/xa-dong-viet.yaml, drafted, with `edit` applied to its blocks. */
function communeDocx(edit: (blocks: Block[]) => Block[] = (b) => b): Uint8Array {
  const { blocks, parentLink } = draftPlan(readFileSync(join(ROOT, 'examples', 'xa-dong-viet.yaml'), 'utf8'), 'xa-dong-viet.yaml');
  return blocksToDocx(edit(blocks), { parentLink });
}

/** Task 3 of section III taken out, its fields and points with it. */
const withoutTask3 = (blocks: Block[]) => {
  const start = blocks.findIndex((b) => b.type === 'item' && b.marker === '3.' && b.inlines[0].text.startsWith('Truyền thông, nâng cao nhận thức'));
  const end = blocks.findIndex((b, i) => i > start && b.type === 'item' && b.marker === '4.');
  return [...blocks.slice(0, start), ...blocks.slice(end)];
};

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kh-batch-'));
  mkdirSync(join(dir, 'xa'));
  copyFileSync(join(FIXTURES, 'ke-hoach-day-du.txt'), join(dir, 'day-du.txt'));
  copyFileSync(join(FIXTURES, 'ke-hoach-thieu-chu-tri.txt'), join(dir, 'xa', 'thieu-chu-tri.txt'));
  writeFileSync(join(dir, 'xa', 'dong-viet.docx'), communeDocx());
  writeFileSync(join(dir, 'xa', 'thieu-nhiem-vu-3.docx'), communeDocx(withoutTask3));
  writeFileSync(join(dir, 'hong.docx'), new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]));
  writeFileSync(join(dir, 'ghi-chu.md'), '# không phải kế hoạch');
  return dir;
}

describe('kh check on a folder', () => {
  it('checks every plan under the folder, sub-folders included, and ends with one row per plan', async () => {
    const dir = folder();
    const r = await kh('check', dir);
    const rows = r.stdout.split('\n');
    expect(rows[0]).toMatch(/^Kế hoạch\s+Loại\s+Cấp\s+Lỗi\s+Cảnh báo\s+Quy tắc/);
    for (const name of ['day-du.txt', 'hong.docx', 'xa/dong-viet.docx', 'xa/thieu-chu-tri.txt', 'xa/thieu-nhiem-vu-3.docx']) expect(rows.some((l) => l.includes(name))).toBe(true);
    expect(r.stdout).not.toContain('ghi-chu.md');
    expect(rows.find((l) => l.includes('thieu-chu-tri.txt'))).toMatch(/\s1\s+0\s+task-lead-missing/);
    expect(r.stdout).toMatch(/5 tệp: 4 đã kiểm tra \(\d+ có lỗi\), 1 không đọc được/);
  });

  it("names each plan's kind and its issuer's level, as the reader tells them", async () => {
    const dir = folder();
    copyFileSync(join(FIXTURES, 'bao-cao-quy-1.txt'), join(dir, 'bao-cao.txt'));
    const rows = (await kh('check', dir)).stdout.split('\n');
    const cells = (name: string) => rows.find((l) => l.includes(name))!.split(/\s{2,}/).slice(1, 3);
    expect(cells('xa/dong-viet.docx')).toEqual(['KH', 'xã']);
    expect(cells('bao-cao.txt')).toEqual(['BC', 'tỉnh']);
  });

  it('gives a file it cannot read one row with its reason and goes on with the others (exit 2)', async () => {
    const r = await kh('check', folder());
    expect(r.stdout.split('\n').find((l) => l.includes('hong.docx'))).toMatch(/không đọc được: tệp không phải \.docx hợp lệ/);
    expect(r.code).toBe(2);
  });

  it('exits 1 when every file reads and some plan has an error, 0 when none has', async () => {
    expect((await kh('check', join(FIXTURES, 'ke-hoach-day-du.txt'), join(FIXTURES, 'ke-hoach-thieu-chu-tri.txt'))).code).toBe(1);
    expect((await kh('check', join(FIXTURES, 'ke-hoach-day-du.txt'), join(FIXTURES, 'ke-hoach-day-du.txt'), '--jobs', '1')).code).toBe(0);
  });

  it('writes progress as plain lines on stderr when it is not a terminal', async () => {
    const r = await kh('check', folder());
    expect(r.stderr.split('\n')).toHaveLength(5);
    expect(r.stderr).toMatch(/^\[1\/5\] /);
  });

  it('--json is the array of the single-file results, each exactly as `kh check FILE --json` prints it', async () => {
    const a = join(FIXTURES, 'ke-hoach-day-du.txt');
    const b = join(FIXTURES, 'ke-hoach-thieu-chu-tri.txt');
    const batch = JSON.parse((await kh('check', a, b, '--json')).stdout);
    expect(batch).toEqual([JSON.parse((await kh('check', a, '--json')).stdout), JSON.parse((await kh('check', b, '--json')).stdout)]);
  });

  it('--json gives an unreadable file its reason', async () => {
    const dir = folder();
    const batch = JSON.parse((await kh('check', dir, '--json')).stdout) as { file: string; error?: string }[];
    expect(batch.find((x) => x.file.endsWith('hong.docx'))).toEqual({ file: join(dir, 'hong.docx'), error: expect.stringMatching(/hong\.docx: tệp không phải \.docx hợp lệ/), errorId: 'docx-not-zip' });
  });

  it('--report writes one self-contained page: each plan, each rule with links to its findings, each finding’s excerpt', async () => {
    const dir = folder();
    const report = join(dir, 'bao-cao.html');
    await kh('check', dir, '--report', report);
    const html = readFileSync(report, 'utf8');
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\//);
    expect(html).toContain('task-lead-missing');
    const link = /<a href="#(f-\d+-\d+)">[^<]*thieu-chu-tri\.txt, đoạn \d+<\/a>/.exec(html);
    expect(link).not.toBeNull();
    expect(html).toMatch(new RegExp(`<li id="${link![1]}">.*task-lead-missing.*<blockquote>`));
  });

  it('escapes what the documents say in the report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kh-batch-'));
    writeFileSync(join(dir, '<b>x.txt'), readFileSync(join(FIXTURES, 'ke-hoach-thieu-chu-tri.txt'), 'utf8').replace('KẾ HOẠCH', 'KẾ HOẠCH <img src=x onerror=alert(1)>'));
    copyFileSync(join(FIXTURES, 'ke-hoach-day-du.txt'), join(dir, 'b.txt'));
    await kh('check', dir, '--report', join(dir, 'r.html'));
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(html).not.toContain('<b>x');
    expect(html).not.toContain('<img');
  });

  it('--csv with --parent lists each parent task against each plan: assigned to whom, or missing', async () => {
    const dir = folder();
    const csv = join(dir, 'bao-phu.csv');
    await kh('check', join(dir, 'xa'), '--parent', PARENT_163, '--csv', csv);
    const lines = readFileSync(csv, 'utf8').replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]).toMatch(/^Kế hoạch cấp trên,KH 163\/KH-UBND,/);
    expect(lines[1]).toMatch(/^Kế hoạch,Nhiệm vụ 1,Nhiệm vụ 2,Nhiệm vụ 3,Nhiệm vụ 4,Nhiệm vụ 5,/);
    const cells = (name: string) => lines.find((l) => l.includes(name))!.split(',');
    expect(cells('dong-viet.docx')[3]).toBe('Phòng Văn hóa - Xã hội xã · Thường xuyên');
    expect(cells('thieu-nhiem-vu-3.docx')[3]).toBe('Thiếu');
    expect(cells('thieu-nhiem-vu-3.docx')[1]).toBe('Phòng Văn hóa - Xã hội xã · Thường xuyên');
    // The province's share of communes with a woman in a key post: set aside for a commune by the form, not missing.
    expect(lines[1]).toContain('"Chỉ tiêu: cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ (75%)"');
    expect(lines.find((l) => l.includes('dong-viet.docx'))).toContain(',"Không áp dụng: Tỷ lệ tính trên các cơ quan, xã, phường của tỉnh; một xã không tự đặt được",');
  });

  it('without --parent, groups the plans by the parent each links to, and the report shows the coverage table', async () => {
    const dir = folder();
    await kh('check', dir, '--report', join(dir, 'r.html'));
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(html).toContain('<h3>KH 163/KH-UBND ngày 2026-05-12');
    expect(html).toMatch(/thieu-nhiem-vu-3\.docx<\/a><\/td>(<td class="[a-z]+">[^<]*<\/td>){2}<td class="bad">Thiếu<\/td>/);
  });

  it('says so on one line when a folder holds no plan', async () => {
    const r = await kh('check', mkdtempSync(join(tmpdir(), 'kh-empty-')));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/không có tệp \.docx, \.doc hay \.txt nào để kiểm tra$/);
  });
});

describe('kh check on a folder, as installed', () => {
  it('checks a folder of plans on worker threads in one process and prints the same results as one file at a time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kh-pool-'));
    // Enough for the fixtures, the examples and some communes, one of which leaves a task out.
    makePlanFolder(dir, 24);
    const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'kh.js'), 'check', ...args], { encoding: 'utf8', cwd: ROOT });
    const batch = run(dir, '--json');
    expect(batch.status).toBe(2);
    const results = JSON.parse(batch.stdout) as { file: string }[];
    expect(results).toHaveLength(24);
    const one = run(results[9].file, '--json');
    expect(results[9]).toEqual(JSON.parse(one.stdout));
    // The catalog on disk is found from the bundle: each commune's link resolves to the parent's tasks.
    const csv = join(dir, 'bao-phu.csv');
    run(dir, '--csv', csv);
    const lines = readFileSync(csv, 'utf8').split('\r\n');
    expect(lines.find((l) => l.startsWith('Kế hoạch,'))).toMatch(/^Kế hoạch,Nhiệm vụ 1,Nhiệm vụ 2,/);
    expect(lines.some((l) => /xa-\d+-[^,]*,.*Thiếu/.test(l))).toBe(true);
  });

  it('reads the spelling dictionary from the bundle, alone and on worker threads', () => {
    // The bundled kh once looked for dictionary-vi's word list in build/cli/ and silently checked no spelling.
    const dir = mkdtempSync(join(tmpdir(), 'kh-spell-'));
    try {
      const plan = readFileSync(join(FIXTURES, 'ke-hoach-day-du.txt'), 'utf8').replace('Mục đích', 'Mục đích\nBảo đảm thực hiện tốt các nhiệm vụ đươc giao.');
      // Four files and two jobs: fewer than three files are checked in the main thread.
      for (const name of ['a', 'b', 'c', 'd']) writeFileSync(join(dir, `${name}.txt`), plan);
      const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'kh.js'), 'check', ...args, '--json'], { encoding: 'utf8', cwd: ROOT });
      const ids = (result: { findings: { rule: string; message: string }[] }) => result.findings.filter((f) => f.rule === 'misspelt-syllable').map((f) => f.message);
      const spelt = [expect.stringContaining('"đươc"')];
      expect(ids(JSON.parse(run(join(dir, 'a.txt')).stdout))).toEqual(spelt);
      const batch = JSON.parse(run(dir, '--jobs', '2').stdout) as { findings: { rule: string; message: string }[] }[];
      expect(batch.map(ids)).toEqual([spelt, spelt, spelt, spelt]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
