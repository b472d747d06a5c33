import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/core/ooxml/readDocx';
import { readPlan } from '../../../src/core/plan/readPlan';
import { docxWithBody, p } from '../../fixtures/docx/handmadeDocx';
import { fixtureText, planWithBody, readFixture, readText } from './support';

const deadlines = (sentence: string) => readText(planWithBody(`II. TỔ CHỨC THỰC HIỆN\n${sentence}`)).reporting;

describe('reporting deadlines', () => {
  it('reads a deadline cut by a hard line break of a PDF copy ("… trước ngày" / "15/12/2026 để tổng hợp")', () => {
    const found = deadlines('2. Các sở, ngành báo cáo kết quả thực hiện về Ủy ban\nnhân dân tỉnh (qua Công an tỉnh) trước ngày\n15/12/2026 để tổng hợp, báo cáo Bộ Công an./.');
    expect(found.map((r) => [r.text, r.day, r.month, r.year])).toEqual([['trước ngày 15/12/2026', 15, 12, 2026]]);
  });

  it('reads what is sent from the line before a hard line break ("… báo cáo kết quả về UBND xã (qua" / "Phòng Văn hóa - Xã hội) trước ngày 15 hằng tháng")', () => {
    const text = planWithBody('II. TỔ CHỨC THỰC HIỆN\n2. Các thôn báo cáo kết quả thực hiện về UBND xã (qua\nPhòng Văn hóa - Xã hội) trước ngày 15 hằng tháng./.');
    const deadlineLine = text.split('\n').findIndex((l) => l.startsWith('Phòng Văn hóa')) + 1;
    expect(readText(text).reporting.map((r) => [r.text, r.paragraph])).toEqual([['trước ngày 15 hằng tháng', deadlineLine]]);
  });

  it('reads the end of a date expression from the line after a hard line break ("… trước ngày 25" / "hằng tháng …")', () => {
    const found = deadlines('2. Các phòng báo cáo kết quả kiểm tra về Văn phòng Sở trước ngày 25\nhằng tháng để tổng hợp, báo cáo Giám đốc Sở./.');
    expect(found.map((r) => [r.text, r.recurrence])).toEqual([['trước ngày 25 hằng tháng', 'monthly']]);
  });

  it('reads a deadline whose first words a hard line break cut ("… chậm" / "nhất ngày 15 tháng 12 năm 2026 …")', () => {
    const found = deadlines('2. Các sở gửi báo cáo về Sở Nội vụ chậm\nnhất ngày 15 tháng 12 năm 2026 để tổng hợp./.');
    expect(found.map((r) => r.text)).toEqual(['chậm nhất ngày 15 tháng 12 năm 2026']);
  });

  it('reads what is sent two lines before the deadline when hard line breaks cut the sentence three ways', () => {
    const found = deadlines('2. Các sở báo cáo kết quả thực hiện năm 2026 về\nUBND tỉnh (qua Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng\nSơn) trước ngày 30 tháng 11 năm 2026.');
    expect(found.map((r) => r.text)).toEqual(['trước ngày 30 tháng 11 năm 2026']);
  });

  it('does not read a heading or the item above a deadline as what is sent', () => {
    expect(deadlines('1. Báo cáo sơ kết\n- Hồ sơ khen thưởng gửi trước ngày 20/11/2026.')).toEqual([]);
  });

  it('does not join a deadline cut by a line break when the date is for something else', () => {
    expect(deadlines('Các đơn vị hoàn thành hồ sơ khen thưởng trước ngày\n20/11/2026 theo quy định.')).toEqual([]);
  });

  it.each([
    ['Các đơn vị báo cáo kết quả về Sở Nội vụ trước ngày 16 tháng 12 năm 2025.', 'trước ngày 16 tháng 12 năm 2025', [16, 12, 2025], 'once'],
    ['Gửi báo cáo về UBND xã trước ngày 15/12/2026.', 'trước ngày 15/12/2026', [15, 12, 2026], 'once'],
    ['Định kỳ hằng năm (trước ngày 15 tháng 12) báo cáo kết quả về Ủy ban nhân dân thành phố (qua Công an thành phố).', 'trước ngày 15 tháng 12', [15, 12, null], 'yearly'],
    ['Báo cáo kết quả thực hiện về UBND tỉnh (qua Sở Nội vụ) trước ngày 30/11 hằng năm theo quy định.', 'trước ngày 30/11 hằng năm', [30, 11, null], 'yearly'],
    ['Các phòng, đơn vị báo cáo tình hình thực hiện trước ngày 18 hằng tháng.', 'trước ngày 18 hằng tháng', [18, null, null], 'monthly'],
    ['Các đơn vị gửi báo cáo về Sở Nội vụ chậm nhất vào ngày 20/12/2025.', 'chậm nhất vào ngày 20/12/2025', [20, 12, 2025], 'once'],
    ['Các đơn vị báo cáo kết quả về UBND tỉnh trước ngày 10 tháng đầu của quý sau.', 'trước ngày 10 tháng đầu của quý sau', [10, null, null], 'quarterly'],
    ['Sở Tư pháp tổng hợp, báo cáo Chủ tịch UBND tỉnh chậm nhất ngày 17 tháng 12.', 'chậm nhất ngày 17 tháng 12', [17, 12, null], null],
    ['Định kỳ 6 tháng, các đơn vị gửi báo cáo trước ngày 15/6 và 15/12.', 'trước ngày 15/6 và 15/12', [15, 6, null], 'half-yearly'],
  ])('reads "%s"', (sentence, text, [day, month, year], recurrence) => {
    const [r] = deadlines(sentence);
    expect(r).toMatchObject({ text, day, month, year, recurrence });
  });

  it('reads every date of "trước ngày 01/6 và 15/11 hằng năm", the report verb after it', () => {
    const [r] = deadlines('UBND các xã định kỳ trước ngày 01/6 và 15/11 hằng năm (hoặc đột xuất khi có yêu cầu) báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ.');
    expect(r.text).toBe('trước ngày 01/6 và 15/11 hằng năm');
    expect(r.dates).toEqual([{ day: 1, month: 6, year: null }, { day: 15, month: 11, year: null }]);
    expect(r.recurrence).toBe('yearly');
  });

  it.each([
    'Các phòng xây dựng kế hoạch chi tiết, hoàn thành trước ngày 30/6/2026.',
    'Hồ sơ đề nghị khen thưởng gửi về Văn phòng Sở trước ngày 30/10/2026.',
    'Hoàn thành đánh giá, xếp loại công chức trước ngày 15 tháng 12 năm 2026.',
    'Tổng hợp nhu cầu từ cơ sở, báo cáo UBND tỉnh trước 19h00 hằng ngày.',
    'Định kỳ 6 tháng, hằng năm tổ chức sơ kết, đánh giá kết quả thực hiện.',
  ])('does not take "%s" for a reporting deadline', (sentence) => {
    expect(deadlines(sentence)).toEqual([]);
  });

  it('finds the report deadline among deadlines for other things', () => {
    const plan = readFixture('so-tu-phap-per-task.txt');
    expect(plan.reporting).toEqual([
      { text: 'chậm nhất ngày 17 tháng 12 hằng năm', day: 17, month: 12, year: null, recurrence: 'yearly', dates: [{ day: 17, month: 12, year: null }],
        period: { unit: 'day', day: 17, month: 12, quarter: 4, monthOfQuarter: null, year: null }, paragraph: 52 },
    ]);
  });

  it('leaves reporting empty when the reporting sentence is deleted', () => {
    const text = fixtureText('so-tu-phap-per-task.txt').split('\n').filter((l) => !l.startsWith('3. Các phòng, đơn vị báo cáo')).join('\n');
    expect(readText(text).reporting).toEqual([]);
  });

  it('keeps emphasis out of the phrase ("**trước ngày 15/12/2026**")', () => {
    expect(readFixture('xa-none-style.txt').reporting.map((r) => [r.text, r.recurrence, r.paragraph])).toEqual([['trước ngày 15/12/2026', 'once', 47]]);
  });
});

describe('reporting deadlines written other ways', () => {
  it('reads "trước 15/12" without "ngày"', () => {
    expect(deadlines('Các đơn vị gửi báo cáo năm trước 15/12 hằng năm.')).toMatchObject([{ text: 'trước 15/12 hằng năm', day: 15, month: 12, recurrence: 'yearly' }]);
  });

  it('reads a quarterly deadline "trước ngày 20 của tháng cuối quý"', () => {
    expect(deadlines('Định kỳ hằng quý báo cáo tiến độ trước ngày 20 của tháng cuối quý.')).toMatchObject([{ day: 20, month: null, recurrence: 'quarterly' }]);
  });
});

describe('deadlines with an hour or other separators', () => {
  it('reads "trước 17 giờ ngày 20/12/2026" and "trước ngày 30-11 hằng năm"', () => {
    expect(deadlines('Các đơn vị gửi báo cáo trước 17 giờ ngày 20/12/2026.')).toMatchObject([{ day: 20, month: 12, year: 2026 }]);
    expect(deadlines('Báo cáo kết quả trước ngày 30-11 hằng năm.')).toMatchObject([{ day: 30, month: 11, recurrence: 'yearly' }]);
  });
});

describe('a monthly deadline named by its day alone', () => {
  it('reads "gửi Văn phòng Sở định kỳ hằng tháng (trước ngày 28)"', () => {
    expect(deadlines('Các phòng tổng hợp kết quả kiểm tra, gửi Văn phòng Sở định kỳ hằng tháng (trước ngày 28).')).toMatchObject([{ text: 'trước ngày 28', day: 28, month: null, recurrence: 'monthly' }]);
  });
});

describe('a report named only as what the receiver will do', () => {
  it('does not make an award-file deadline a reporting one', () => {
    expect(deadlines('Hồ sơ đề nghị khen thưởng gửi về Sở Nội vụ trước ngày 15/11/2026 để tổng hợp, báo cáo UBND tỉnh.')).toEqual([]);
  });

  it('still counts plain sending "để tổng hợp, báo cáo" when nothing else is named', () => {
    expect(deadlines('Các xã gửi về Phòng Văn hóa - Xã hội trước ngày 25/11/2026 để tổng hợp, báo cáo UBND tỉnh.')).toMatchObject([{ text: 'trước ngày 25/11/2026' }]);
  });
});

describe('deadlines by month and period', () => {
  const read = (sentence: string) => deadlines(sentence).map((r) => [r.text, r.recurrence, r.period?.unit, r.month, r.period?.quarter ?? null]);

  it('reads "chậm nhất trong tháng 8/2026" when reports are sent', () => {
    expect(read('1. Các xã báo cáo kết quả về UBND tỉnh chậm nhất trong tháng 8/2026.')).toEqual([['chậm nhất trong tháng 8/2026', 'once', 'month', 8, 3]]);
  });

  it('reads "trong tháng 9 hằng năm" as a yearly deadline', () => {
    expect(read('1. Các sở gửi báo cáo kết quả thực hiện về Sở Nội vụ trong tháng 9 hằng năm.')).toEqual([['trong tháng 9 hằng năm', 'yearly', 'month', 9, 3]]);
  });

  it('reads "trong quý III/2026"', () => {
    expect(read('1. Các phòng báo cáo kết quả về Văn phòng trong quý III/2026.')).toEqual([['trong quý III/2026', 'once', 'quarter', null, 3]]);
  });

  it('reads "trước ngày 15 tháng cuối quý" as the 15th of each quarter\'s last month', () => {
    const [r] = deadlines('1. Các thôn báo cáo UBND xã trước ngày 15 tháng cuối quý.');
    expect([r.text, r.recurrence, r.day, r.period?.monthOfQuarter]).toEqual(['trước ngày 15 tháng cuối quý', 'quarterly', 15, 3]);
  });

  it('does not read deadlines for publishing, inspecting, issuing or award files', () => {
    expect(read('1. Sở Nội vụ công bố kết quả chỉ số cải cách hành chính trong tháng 3 hằng năm.')).toEqual([]);
    expect(read('1. Các cơ quan tổ chức kiểm tra chậm nhất trong tháng 6 hằng năm.')).toEqual([]);
    expect(read('1. Các xã ban hành kế hoạch trong tháng 01 hằng năm.')).toEqual([]);
    expect(read('1. Các đơn vị gửi hồ sơ khen thưởng chậm nhất trong tháng 11 hằng năm.')).toEqual([]);
  });

  it('tells inspecting from reporting in one sentence ("tổ chức kiểm tra … tháng 6 … và báo cáo kết quả … tháng 8")', () => {
    const found = read('1. Các cơ quan tổ chức kiểm tra chậm nhất trong tháng 6 hằng năm và báo cáo kết quả khắc phục hạn chế phát hiện qua kiểm tra chậm nhất trong tháng 8 hằng năm.');
    expect(found).toEqual([['chậm nhất trong tháng 8 hằng năm', 'yearly', 'month', 8, 3]]);
  });

  it('does not read a month named for something else ("phát sóng mỗi tháng 02 chuyên mục", "Thường xuyên trong tháng")', () => {
    expect(read('1. Đài phát sóng mỗi tháng 02 chuyên mục, báo cáo kết quả định kỳ.')).toEqual([]);
    expect(read('1. Các đơn vị báo cáo thường xuyên trong tháng.')).toEqual([]);
  });
});

describe('deadlines in an appendix task table of a .docx', () => {
  it('reads a report deadline in a cell of the appendix table, and not a completion one', () => {
    const BODY = ['KẾ HOẠCH', 'Cải cách hành chính năm 2026', 'I. MỤC ĐÍCH, YÊU CẦU', 'Bảo đảm hiệu quả.', 'II. TỔ CHỨC THỰC HIỆN', 'Các đơn vị thực hiện nhiệm vụ tại Phụ lục./.'].map((t) => p(t)).join('');
    const tc = (text: string) => `<w:tc>${p(text)}</w:tc>`;
    const tr = (...cells: string[]) => `<w:tr>${cells.map(tc).join('')}</w:tr>`;
    const table = `<w:tbl><w:tblGrid>${'<w:gridCol w:w="1500"/>'.repeat(4)}</w:tblGrid>${[
      tr('TT', 'Nội dung', 'Chủ trì', 'Thời gian'),
      tr('1', 'Sáng kiến cải cách hành chính', 'Các sở, ngành', 'Triển khai và báo cáo kết quả thực hiện chậm nhất trong tháng 9 hằng năm'),
      tr('2', 'Kế hoạch kiểm tra', 'Sở Nội vụ', 'Ban hành kế hoạch trong tháng 01 hằng năm'),
    ].join('')}</w:tbl>`;
    const closing = ['Nơi nhận:', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'].map((t) => p(t)).join('');
    const plan = readPlan(readDocx(docxWithBody(BODY + closing + p('PHỤ LỤC') + table + '<w:p/>'), 'ke-hoach.docx'));
    expect(plan.reporting.map((r) => r.text)).toEqual(['chậm nhất trong tháng 9 hằng năm']);
  });
});
