import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/core/checks/engine';
import { readPlan } from '../../../src/core/plan/readPlan';
import { paragraphsFromText } from '../../../src/core/text/readPlainText';

const check = (text: string) => {
  const snapshot = paragraphsFromText(text, 'van-ban.txt');
  const plan = readPlan(snapshot);
  return { plan, findings: checkPlan({ snapshot, plan, parent: null }) };
};

const PARTY = [
  'ĐẢNG BỘ TỈNH LÂM ĐỒNG', 'ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH', '*', 'ĐẢNG CỘNG SẢN VIỆT NAM',
  'Số: 15-HD/ĐU', 'Lâm Đồng, ngày 10 tháng 3 năm 2026', 'HƯỚNG DẪN', 'Tổ chức đại hội chi bộ nhiệm kỳ 2026-2028',
  'Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị, Ban Thường vụ Đảng ủy hướng dẫn như sau:',
  'I. MỤC ĐÍCH, YÊU CẦU', 'Bảo đảm đại hội dân chủ, đúng quy định.',
  'Nơi nhận:', '- Các chi bộ trực thuộc,', '- Lưu Văn phòng Đảng ủy.', 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Nguyễn Văn A',
].join('\n');

const APPENDIX = [
  'Phụ lục I', 'KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA CÁC SỞ, BAN, NGÀNH',
  '(Kèm theo Quyết định số /QĐ-UBND ngày tháng năm 2026', 'của Chủ tịch UBND tỉnh)',
  '1. Nhóm 1: Các sở thực hiện đánh giá chung', 'Sở Tư pháp: 93,01%', 'Sở Nội vụ: 91,50%',
].join('\n');

describe('a Party document (HD 36-HD/VPTW)', () => {
  it('is read as a Party document', () => {
    expect(check(PARTY).plan.form).toBe('party');
  });

  it('is not asked for the Quốc hiệu and Tiêu ngữ of a state document', () => {
    expect(check(PARTY).findings.filter((f) => f.rule === 'header-missing')).toEqual([]);
  });

  it('a state document without its Quốc hiệu is still flagged', () => {
    const state = PARTY.replace('ĐẢNG CỘNG SẢN VIỆT NAM', 'SỞ NỘI VỤ');
    expect(check(state).plan.form).toBeUndefined();
    expect(check(state).findings.some((f) => f.rule === 'header-missing')).toBe(true);
  });
});

describe('the closing of a Party document', () => {
  // A guideline speaks of "Nơi nhận văn bản …" in its body; its own closing sits in two columns.
  const columns = PARTY.replace('Bảo đảm đại hội dân chủ, đúng quy định.', 'Bảo đảm đại hội dân chủ, đúng quy định.\nNơi nhận văn bản gồm các cơ quan, tổ chức có trách nhiệm thi hành.')
    .replace('- Lưu Văn phòng Đảng ủy.\nT/M BAN THƯỜNG VỤ', '- Lưu Văn phòng Đảng ủy.\tT/M BAN THƯỜNG VỤ');

  it('takes "- Lưu Văn phòng …" as its archive line, with no "Lưu: VT" asked', () => {
    for (const text of [PARTY, columns]) expect(check(text).findings.filter((f) => f.rule === 'archive-line-missing')).toEqual([]);
  });

  it('does not take a sentence of the body about "Nơi nhận văn bản" for the recipients heading', () => {
    const { findings } = check(columns.replace('- Lưu Văn phòng Đảng ủy.', '- Ban Tổ chức Đảng ủy.'));
    const missing = findings.filter((f) => f.rule === 'archive-line-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0].location.text).toMatch(/^Nơi nhận:/);
  });

  it('a state document still writes "Lưu: VT"', () => {
    const state = PARTY.replace('ĐẢNG CỘNG SẢN VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc');
    expect(check(state).findings.some((f) => f.rule === 'archive-line-missing')).toBe(true);
  });
});

describe('an appendix saved as a file of its own', () => {
  it('is read as an appendix, not a plan, and its "(Kèm theo …)" line is no date line', () => {
    const { plan } = check(APPENDIX);
    expect([plan.form, plan.checkedAsPlan, plan.place, plan.date]).toEqual(['appendix', false, null, null]);
  });

  it('gets no header, date-line or closing finding, and one info line that says why', () => {
    const { findings } = check(APPENDIX);
    const rules = findings.map((f) => f.rule);
    for (const id of ['header-missing', 'date-line-form', 'draft-number-date-blank', 'recipients-missing', 'section-missing', 'report-deadline-missing']) expect(rules).not.toContain(id);
    const info = findings.filter((f) => f.rule === 'plan-rules-skipped');
    expect(info).toHaveLength(1);
    expect(info[0].severity).toBe('info');
    expect(info[0].message).toMatch(/phụ lục/);
  });

  it('a plan that ends with an appendix is still a whole document', () => {
    const plan = [
      'ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 15/KH-UBND', 'Lâm Đồng, ngày 10 tháng 3 năm 2026',
      'KẾ HOẠCH', 'Cải cách hành chính năm 2026', 'I. MỤC ĐÍCH, YÊU CẦU', 'Bảo đảm hiệu quả.', 'Nơi nhận:', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn A',
      'Phụ lục I', '(Kèm theo Kế hoạch số 15/KH-UBND ngày 10/3/2026)',
    ].join('\n');
    expect(check(plan).plan.form).toBeUndefined();
    expect(check(plan).plan.checkedAsPlan).toBe(true);
  });
});
