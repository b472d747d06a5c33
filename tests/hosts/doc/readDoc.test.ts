import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KhInputError } from '../../../src/core/errors';
import { readPlan } from '../../../src/core/plan/readPlan';
import { readDoc } from '../../../src/hosts/doc/readDoc';

// Our own plan saved as Word 97–2003 by LibreOffice (scripts/make-doc-fixture.ts regenerates it).
const FIXTURE = join(__dirname, '../../fixtures/doc/ke-hoach-word97.doc');
const read = () => readDoc(new Uint8Array(readFileSync(FIXTURE)), 'ke-hoach-word97.doc');

describe('readDoc: a Word 97–2003 file', () => {
  it('reads the body paragraph by paragraph, table cells with their table, row and column', async () => {
    const snap = await read();
    expect(snap.source).toBe('ke-hoach-word97.doc');
    const at = (text: string) => snap.paragraphs.find((p) => p.text === text);
    expect(at('KẾ HOẠCH')?.cell).toBeUndefined();
    expect(at('Số: 12/KH-UBND')?.cell).toEqual({ table: 0, row: 1, column: 0 });
    expect(at('An Phú, ngày 10 tháng 6 năm 2026')?.cell).toEqual({ table: 0, row: 1, column: 1 });
    const taskTable = snap.paragraphs.filter((p) => p.cell?.table === 1).map((p) => [p.cell!.row, p.cell!.column, p.text]);
    expect(taskTable).toEqual([
      [0, 0, 'TT'],
      [0, 1, 'Nội dung'],
      [0, 2, 'Chủ trì'],
      [0, 3, 'Thời gian'],
      [1, 0, '1'],
      [1, 1, 'Số hóa kết quả giải quyết thủ tục'],
      [1, 2, 'Công chức Văn phòng - Thống kê'],
      [1, 3, 'Tháng 9/2026'],
    ]);
    expect(snap.paragraphs.map((p) => p.index)).toEqual(snap.paragraphs.map((_, i) => i + 1));
  });

  it('gives the plan reader what it needs: number, date, citation, tasks, reporting deadline, Nơi nhận and signature', async () => {
    const plan = readPlan(await read());
    expect(plan.number).toBe('12/KH-UBND');
    expect(plan.date).toBe('2026-06-10');
    expect(plan.references.map((r) => r.number)).toEqual(['163/KH-UBND']);
    const first = plan.tasks.find((t) => t.title === 'Rà soát thủ tục hành chính');
    expect([first?.lead, first?.timing]).toEqual(['Văn phòng HĐND và UBND xã', 'Quý III/2026']);
    expect(plan.tasks.find((t) => t.title === 'Số hóa kết quả giải quyết thủ tục')?.lead).toBe('Công chức Văn phòng - Thống kê');
    expect(plan.reporting.map((d) => [d.day, d.month, d.year])).toEqual([[15, 12, 2026]]);
    expect(plan.archiveLine).toBe('- Lưu: VT.');
    expect(plan.signer).toMatchObject({ authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' });
  });

  it('reads the page header and the footnote outside the body, and the footnote\'s citation is not a reference', async () => {
    const snap = await read();
    expect(snap.outsideBody).toEqual([
      { kind: 'header', part: 'WordDocument', text: 'DỰ THẢO' },
      { kind: 'footnote', part: 'WordDocument', text: 'Quyết định số 01/2026/QĐ-UBND ngày 05/01/2026 của UBND huyện.' },
    ]);
    expect(readPlan(snap).references.map((r) => r.number)).not.toContain('01/2026/QĐ-UBND');
  });

  it('says in one line naming the file that a damaged .doc cannot be read', async () => {
    // An OLE header whose directory names a WordDocument stream, and nothing a reader can follow.
    const bytes = new Uint8Array(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    bytes.set(Array.from('WordDocument').flatMap((c) => [c.charCodeAt(0), 0]), 1024);
    const error = await readDoc(bytes, 'hong.doc').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KhInputError);
    expect((error as KhInputError).describe()).toMatch(/^hong\.doc: không đọc được tệp Word 97–2003 \(\.doc\)[^\n]*$/);
  });
});
