import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { kh } from '../support/kh';

const FIXTURES = join(__dirname, '..', 'fixtures', 'cli');
const complete = join(FIXTURES, 'ke-hoach-day-du.txt');
const missingLead = join(FIXTURES, 'ke-hoach-thieu-chu-tri.txt');


/** Deterministic "random" bytes, so a failure can be reproduced. */
function noise(length: number, seed = 7): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = x >> 16;
  }
  return bytes;
}

describe('kh check', () => {
  it('checks a Báo cáo only with the rules of any document, says so once as info, and exits 0', async () => {
    const r = await kh('check', join(FIXTURES, 'bao-cao-quy-1.txt'), '--json');
    expect(r.code).toBe(0);
    const rules = JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule);
    expect(rules.filter((id: string) => id === 'plan-rules-skipped')).toHaveLength(1);
    for (const planRule of ['section-missing', 'report-deadline-missing', 'task-lead-missing', 'task-timing-missing']) expect(rules).not.toContain(planRule);
    const extract = await kh('extract', join(FIXTURES, 'bao-cao-quy-1.txt'), '--json');
    expect(JSON.parse(extract.stdout).kind).toBe('BC');
  });

  it('exits 0 on a complete plan and prints the JSON shape of DESIGN.md', async () => {
    const r = await kh('check', complete, '--json');
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout);
    expect(json.file).toBe(complete);
    expect(Array.isArray(json.findings)).toBe(true);
    expect(Object.keys(json.summary).sort()).toEqual(['error', 'info', 'warning']);
    expect(json.findings.filter((f: { rule: string }) => f.rule === 'task-lead-missing')).toEqual([]);
    expect(r.code).toBe(json.summary.error > 0 ? 1 : 0);
    expect(r.code).toBe(0);
  });

  it('exits 1 and points inside the task when a task has no lead unit', async () => {
    const r = await kh('check', missingLead, '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    const leads = json.findings.filter((f: { rule: string }) => f.rule === 'task-lead-missing');
    expect(leads).toHaveLength(1);
    const [finding] = leads;
    expect(finding.severity).toBe('error');
    // Task III.2 starts on line 26 and runs to line 28 once its lead line is gone.
    expect(finding.location.paragraph).toBeGreaterThanOrEqual(26);
    expect(finding.location.paragraph).toBeLessThanOrEqual(28);
    expect(finding.location.text.length).toBeLessThanOrEqual(80);
    expect(finding.message).toMatch(/chủ trì/);
  });

  it('prints findings for people grouped by rule under its Vietnamese title, with paragraph numbers', async () => {
    const r = await kh('check', missingLead);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('lỗi: Nhiệm vụ thiếu đơn vị chủ trì [task-lead-missing] (1)');
    expect(r.stdout).toMatch(/đoạn 2[678]:/);
  });
});

describe('kh extract', () => {
  it('reads number, date, sections and the reporting deadline of a plan', async () => {
    const r = await kh('extract', complete, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.number).toBe('27/KH-UBND');
    expect(json.date).toBe('2026-06-05');
    expect(json.sections.map((s: { numeral: string }) => s.numeral)).toEqual(['I', 'II', 'III', 'IV', 'V']);
    expect(json.reporting[0].text).toMatch(/trước ngày 15\/11\/2026/);
    expect(json.tasks).toHaveLength(3);
  });
});

describe('unusable input: exit 2, one line naming the file, no stack trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kh-bad-'));
  const cases: [string, string, Uint8Array | null][] = [
    ['a corrupt .docx', 'hong.docx', noise(4096)],
    ['a zip that is not a Word document', 'khong-phai-word.docx', zipSync({ 'hello.txt': strToU8('xin chào') })],
    ['an empty .txt', 'rong.txt', new Uint8Array()],
    ['an empty .docx', 'rong.docx', new Uint8Array()],
    ['random bytes named .txt', 'ngau-nhien.txt', noise(2048, 3)],
    ['a .docx renamed .txt', 'word-doi-ten.txt', zipSync({ 'word/document.xml': strToU8('<w:document/>') })],
    ['a missing file', 'khong-co.txt', null],
  ];
  for (const [what, name, bytes] of cases) {
    it(`rejects ${what}`, async () => {
      const file = join(dir, name);
      if (bytes) writeFileSync(file, bytes);
      for (const command of ['check', 'extract']) {
        const r = await kh(command, file);
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr.split('\n')).toHaveLength(1);
        expect(r.stderr).toContain(file);
        expect(r.stderr).not.toMatch(/\n\s+at |Error:|not written yet/);
      }
    });
  }

  it('answers no command with one line naming the commands, and --help with the usage', async () => {
    const none = await kh();
    expect([none.code, none.stdout, none.stderr]).toEqual([2, '', 'kh: cần một lệnh (check, extract, draft, parent, templates, convert, catalog). Xem: kh --help']);
    const help = await kh('--help');
    expect([help.code, help.stderr]).toEqual([0, '']);
    expect(help.stdout).toMatch(/^Soạn KH: soạn và kiểm tra Kế hoạch\n\n {2}kh check TỆP/);
  });

  it('reports every error of a broken parent-plan file on one line', async () => {
    const parent = join(dir, 'cap-tren-hong.yaml');
    writeFileSync(parent, 'kind: KH\nnumber: 163/KH-UBND\nngay: 2026-05-12\n');
    const r = await kh('check', complete, '--parent', parent);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr.startsWith(`${parent}:`)).toBe(true);
    // The unknown field and each missing required field are all named.
    for (const what of ['"ngay"', '"date"', '"issuer"', '"title"']) expect(r.stderr).toContain(what);
  });

  it('rejects a folder with no plan in it and an unknown option', async () => {
    // A folder is a batch (tests/cli/batch.test.ts); one with nothing to check is unusable input.
    const sub = join(dir, 'thu-muc');
    mkdirSync(sub, { recursive: true });
    const dirResult = await kh('check', sub);
    expect([dirResult.code, dirResult.stderr]).toEqual([2, `${sub}: không có tệp .docx, .doc hay .txt nào để kiểm tra`]);
    const r = await kh('check', complete, '--khong-co');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--khong-co/);
  });
});
