/**
 * A copy hard-wrapped at a width (a PDF's text pasted as printed: every long paragraph cut over
 * lines of at most 64 characters) is unwrapped once, before every reader, so it reads as the copy
 * with one paragraph a line does. The fixture is tests/fixtures/plans/so-tu-phap-per-task.txt
 * wrapped at 64 columns.
 */
import { describe, expect, it } from 'vitest';
import { toLines } from '../../../src/core/plan/lines';
import type { Plan } from '../../../src/core/plan/model';
import { paragraphsFromText } from '../../../src/core/text/readPlainText';
import { fixtureText, readFixture, readText } from './support';
import { wrapLine } from '../../../scripts/wrapLine';

const reading = (plan: Plan) => ({
  number: plan.number,
  date: plan.date,
  issuer: plan.issuer,
  title: plan.title,
  references: plan.references.map((r) => [r.number, r.date, r.issuer]),
  sections: plan.sections.map((s) => [s.numeral, s.title, s.kind]),
  tasks: plan.tasks.map((t) => [t.path, t.title, t.lead, t.cooperating, t.timing]),
  reporting: plan.reporting.map((r) => [r.text, r.recurrence]),
  signer: plan.signer && [plan.signer.authority, plan.signer.title, plan.signer.name],
  recipients: plan.recipients,
  archiveLine: plan.archiveLine,
  taskLabelStyle: plan.taskLabelStyle,
});

describe('a hard-wrapped copy', () => {
  const wrapped = readFixture('so-tu-phap-per-task-wrapped-64.txt');

  it('reads as the same plan with one paragraph a line', () => {
    expect(reading(wrapped)).toEqual(reading(readFixture('so-tu-phap-per-task.txt')));
  });

  it('knows the width it was wrapped at; the copy with one paragraph a line has none', () => {
    expect(wrapped.hardWrapWidth).toBe(64);
    expect(readFixture('so-tu-phap-per-task.txt').hardWrapWidth).toBeUndefined();
  });

  it('points findings at the line where each thing is printed', () => {
    const lines = fixtureText('so-tu-phap-per-task-wrapped-64.txt').split('\n');
    for (const t of wrapped.tasks) expect(lines[t.paragraph - 1]).toContain(t.title.slice(0, 20));
    for (const r of wrapped.reporting) expect(lines[r.paragraph - 1].replace(/\s+/g, ' ')).toContain(r.text.split(' ').slice(0, 2).join(' '));
  });

  it('joins a sentence a break cut before a capital when the line had no room for the next word', () => {
    // A paragraph wrapped at 64 columns sets the width; then "… về Sở" / "Nội vụ trước ngày …".
    const sentence = 'Tổ chức tuyên truyền, phổ biến pháp luật cho cán bộ, công chức và người dân trên địa bàn tỉnh bằng nhiều hình thức phù hợp với từng đối tượng';
    const body = wrapLine(Array.from({ length: 12 }, () => sentence).join(' ') + '.', 64);
    const cut = ['Các phòng, đơn vị gửi báo cáo kết quả thực hiện năm 2026 về Sở', 'Nội vụ trước ngày 15 tháng 12 năm 2026.'];
    expect(cut[0].length + 1 + 'Nội'.length).toBeGreaterThan(62);
    const text = ['KẾ HOẠCH', 'Công tác năm 2026', 'I. TỔ CHỨC THỰC HIỆN', ...body, ...cut].join('\n');
    expect(readText(text).reporting.map((r) => r.text)).toEqual(['trước ngày 15 tháng 12 năm 2026']);
    // With one paragraph a line (no width), "Sở" / "Nội vụ" are two paragraphs.
    expect(readText(['KẾ HOẠCH', 'Công tác năm 2026', 'I. TỔ CHỨC THỰC HIỆN', ...cut].join('\n')).reporting).toEqual([]);
  });
});

describe('a copy with one paragraph a line', () => {
  it('keeps a heading and the paragraph under it apart, and a line that ends a sentence', () => {
    const lines = toLines(paragraphsFromText(['1. Công tác tuyên truyền', 'Tổ chức các hoạt động tuyên truyền.', 'Các sở báo cáo kết quả.', 'Sở Nội vụ tổng hợp.'].join('\n'), 'x.txt'));
    expect(lines.map((l) => l.text)).toEqual(['1. Công tác tuyên truyền', 'Tổ chức các hoạt động tuyên truyền.', 'Các sở báo cáo kết quả.', 'Sở Nội vụ tổng hợp.']);
  });

  it('never joins table cells or a content control, whatever they end on', () => {
    const snapshot = paragraphsFromText(['Các sở báo cáo kết quả thực hiện về', 'ủy ban nhân dân tỉnh trước ngày 15/12.'].join('\n'), 'x.docx');
    const inCells = { ...snapshot, paragraphs: snapshot.paragraphs.map((p, i) => ({ ...p, cell: { table: 1, row: 1, column: i + 1 } })) };
    expect(toLines(inCells)).toHaveLength(2);
    expect(toLines(snapshot)).toHaveLength(1);
  });
});
