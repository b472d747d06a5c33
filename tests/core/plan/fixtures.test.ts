import { describe, expect, it } from 'vitest';
import { toExtractJson } from '../../../src/core/plan/extractJson';
import { readPlan } from '../../../src/core/plan/readPlan';
import { readPlainText } from '../../../src/core/text/readPlainText';
import { fixtureText, readFixture } from './support';

const bytes = (s: string) => new TextEncoder().encode(s);
const read = (s: string) => toExtractJson(readPlan(readPlainText(bytes(s), 'ke-hoach.txt')));

describe('the same plan in other encodings of the same text', () => {
  const text = fixtureText('so-tu-phap-per-task.txt');
  const expected = read(text);

  it('reads decomposed (NFD) Vietnamese the same as NFC', () => {
    expect(read(text.normalize('NFD'))).toEqual(expected);
  });

  it('reads CRLF line ends the same, paragraph numbers included', () => {
    expect(read(text.replace(/\n/g, '\r\n'))).toEqual(expected);
  });

  it('reads a file with a byte-order mark the same', () => {
    expect(read(`\ufeff${text}`)).toEqual(expected);
  });
});

describe('kh extract JSON', () => {
  it('has exactly the fields of the contract, in its order', () => {
    const json = toExtractJson(readFixture('so-tu-phap-per-task.txt'));
    expect(Object.keys(json)).toEqual(['kind', 'number', 'date', 'place', 'issuer', 'parentBody', 'title', 'references', 'sections', 'tasks', 'targets', 'reporting', 'signer', 'recipients', 'archiveLine']);
    expect(json.references).toContainEqual({ type: 'KH', number: '163/KH-UBND', date: '2026-05-12', issuer: 'Ủy ban nhân dân tỉnh' });
    expect((json.sections as unknown[])[0]).toEqual({ numeral: 'I', title: 'MỤC ĐÍCH, YÊU CẦU', kind: 'purpose', paragraph: 17 });
    expect((json.tasks as unknown[])[0]).toEqual({ path: 'III.1', title: 'Tuyên truyền, phổ biến pháp luật về bình đẳng giới', lead: 'Phòng Phổ biến, giáo dục pháp luật', cooperating: 'Văn phòng Sở; Thanh tra Sở', timing: 'Thường xuyên', paragraph: 29 });
    expect((json.targets as unknown[])[0]).toEqual({ text: 'Chỉ tiêu 1: Tỷ lệ nữ trong diện quy hoạch lãnh đạo cấp phòng đạt 50% vào năm 2030', value: 50, unit: '%', year: 2030 });
    expect(json.reporting).toEqual([{ text: 'chậm nhất ngày 17 tháng 12 hằng năm', day: 17, month: 12, year: null, recurrence: 'yearly', paragraph: 52 }]);
    expect(json.signer).toEqual({ authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Lê Thị Mai Anh' });
    expect(json.kind).toBe('KH');
  });

  it('prints null and [] for what the document does not have', () => {
    const json = toExtractJson(readPlan(readPlainText(bytes('I. MỤC TIÊU\nNâng cao nhận thức.'), 'x.txt')));
    expect(json).toMatchObject({ number: null, date: null, place: null, issuer: null, parentBody: null, title: null, references: [], tasks: [], targets: [], reporting: [], signer: null, recipients: [], archiveLine: null });
  });
});

describe('a .docx laid out with tables for the header and the signature', () => {
  it('reads the header and closing from their cells in body order', () => {
    const cell = (text: string, table: number, row: number, column: number) => ({ text, tags: [] as string[], cell: { table, row, column } });
    const body = [
      cell('ỦY BAN NHÂN DÂN', 0, 0, 0), cell('XÃ AN PHÚ', 0, 0, 0), cell('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 0, 0, 1), cell('Độc lập - Tự do - Hạnh phúc', 0, 0, 1),
      cell('Số: 07/KH-UBND', 0, 1, 0), cell('An Phú, ngày 09 tháng 01 năm 2026', 0, 1, 1),
      { text: 'KẾ HOẠCH', tags: [] }, { text: 'Tuyên truyền pháp luật năm 2026', tags: [] },
      { text: 'Thực hiện Kế hoạch số 5/KH-UBND ngày 02/01/2026 của UBND huyện.', tags: ['kh:parent-citation'] },
      { text: 'I. NHIỆM VỤ', tags: [] }, { text: '1. Tổ chức hội nghị', tags: [] }, { text: 'Đơn vị chủ trì: Văn phòng', tags: ['kh:lead'] },
      { text: 'II. CHẾ ĐỘ BÁO CÁO', tags: [] }, { text: 'Báo cáo về UBND huyện trước ngày 20/12/2026.', tags: ['kh:report-deadline'] },
      cell('Nơi nhận:', 1, 0, 0), cell('- UBND huyện;', 1, 0, 0), cell('- Lưu: VT.', 1, 0, 0),
      cell('TM. ỦY BAN NHÂN DÂN', 1, 0, 1), cell('CHỦ TỊCH', 1, 0, 1), cell('', 1, 0, 1), cell('Đỗ Minh Châu', 1, 0, 1),
    ];
    const plan = readPlan({ source: 'ke-hoach.docx', paragraphs: body.map((p, i) => ({ index: i + 1, ...p })) });
    expect([plan.issuer, plan.number, plan.place, plan.date, plan.title]).toEqual(['ỦY BAN NHÂN DÂN XÃ AN PHÚ', '07/KH-UBND', 'An Phú', '2026-01-09', 'Tuyên truyền pháp luật năm 2026']);
    expect(plan.references.map((r) => [r.number, r.date])).toEqual([['5/KH-UBND', '2026-01-02']]);
    expect(plan.tasks.map((t) => [t.path, t.lead])).toEqual([['I.1', 'Văn phòng']]);
    expect(plan.reporting.map((r) => [r.text, r.paragraph])).toEqual([['trước ngày 20/12/2026', 14]]);
    expect([plan.recipients, plan.archiveLine, plan.signer?.name]).toEqual([['UBND huyện;'], '- Lưu: VT.', 'Đỗ Minh Châu']);
  });
});
