import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/core/checks/engine';
import { readDocx } from '../../../src/core/ooxml/readDocx';
import { readPlan } from '../../../src/core/plan/readPlan';
import { readUnitHeading } from '../../../src/core/plan/unitHeading';
import { paragraphsFromText } from '../../../src/core/text/readPlainText';
import { docxWithBody, p } from '../../fixtures/docx/handmadeDocx';
import { planWithBody, readText } from './support';

const leadMissing = (text: string) => {
  const snapshot = paragraphsFromText(text, 'ke-hoach.txt');
  return checkPlan({ snapshot, plan: readPlan(snapshot), parent: null }).filter((f) => f.rule === 'task-lead-missing');
};

describe('a heading that names a unit', () => {
  it.each([
    ['Sở Tài chính', 'Sở Tài chính'],
    ['Công an tỉnh và các địa phương', 'Công an tỉnh và các địa phương'],
    ['Đề nghị Viện Kiểm sát nhân dân tỉnh', 'Viện Kiểm sát nhân dân tỉnh'],
    ['Giao Sở Nội vụ:', 'Sở Nội vụ'],
    ['UBND các xã, phường, đặc khu', 'UBND các xã, phường, đặc khu'],
    ['Ban Chỉ huy Quân sự xã', 'Ban Chỉ huy Quân sự xã'],
    ['Sở Y tế và các đơn vị có liên quan', 'Sở Y tế và các đơn vị có liên quan'],
  ])('reads "%s" as the unit %s', (heading, unit) => {
    expect(readUnitHeading(heading)?.unit).toBe(unit);
  });

  it('reads the unit of "Sở Tài chính: Bố trí kinh phí …" and keeps its task', () => {
    expect(readUnitHeading('Sở Tài chính: Bố trí kinh phí thực hiện')).toEqual({ unit: 'Sở Tài chính', rest: 'Bố trí kinh phí thực hiện' });
  });

  it.each(['Tăng cường công tác tuyên truyền', 'Sở Tài chính bố trí kinh phí thực hiện', 'Nhiệm vụ chung', 'Công tác cải cách hành chính của tỉnh'])('does not take the sentence "%s" for a unit heading', (heading) => {
    expect(readUnitHeading(heading)).toBeNull();
  });
});

const UNIT_HEADINGS = [
  'II. NHIỆM VỤ CỤ THỂ',
  '1. Sở Tài chính',
  'Bố trí kinh phí thực hiện kế hoạch.',
  'Thời gian thực hiện: Hằng năm.',
  '2. Công an tỉnh và các địa phương',
  'Bảo đảm an ninh, trật tự trong quá trình triển khai.',
  'Thời gian thực hiện: Thường xuyên.',
  '3. Đề nghị Viện Kiểm sát nhân dân tỉnh',
  'Phối hợp kiểm sát việc tuân theo pháp luật.',
  'Thời gian thực hiện: Năm 2026.',
].join('\n');

describe('tasks under unit headings', () => {
  it('makes the unit of each heading the lead of its task', () => {
    const plan = readText(planWithBody(UNIT_HEADINGS));
    expect(plan.tasks.map((t) => [t.path, t.lead, t.fields.lead?.source])).toEqual([
      ['II.1', 'Sở Tài chính', 'heading'],
      ['II.2', 'Công an tỉnh và các địa phương', 'heading'],
      ['II.3', 'Viện Kiểm sát nhân dân tỉnh', 'heading'],
    ]);
    expect(plan.taskLabelStyle).toBe('unit-heading');
  });

  it('gives no task-lead-missing for a heading that names a unit', () => {
    expect(leadMissing(planWithBody(UNIT_HEADINGS))).toEqual([]);
  });

  it('still flags a task under a heading that names no unit', () => {
    const text = planWithBody(UNIT_HEADINGS.replace('1. Sở Tài chính', '1. Công tác tài chính'));
    expect(leadMissing(text).map((f) => f.location.paragraph)).toEqual([text.split('\n').indexOf('1. Công tác tài chính') + 1]);
  });

  it('gives the points under "2.1. Sở Tài chính" that unit, and keeps a lead a point names itself', () => {
    const plan = readText(planWithBody([
      'II. NHIỆM VỤ, GIẢI PHÁP', '2. Nhiệm vụ của các cơ quan', '2.1. Sở Tài chính',
      'a) Thẩm định dự toán kinh phí; thời gian thực hiện: Quý I/2026.', 'Thời gian thực hiện: Quý I/2026.',
      'b) Hướng dẫn thanh quyết toán.', 'Thời gian thực hiện: Quý IV/2026.',
      '2.2. Sở Nội vụ', 'a) Theo dõi, tổng hợp kết quả.', 'Cơ quan chủ trì: Phòng Cải cách hành chính.', 'Thời gian thực hiện: Hằng quý.',
    ].join('\n')));
    expect(plan.tasks.map((t) => [t.path, t.lead])).toEqual([
      ['II.2.1.a', 'Sở Tài chính'],
      ['II.2.1.b', 'Sở Tài chính'],
      ['II.2.2.a', 'Phòng Cải cách hành chính'],
    ]);
    expect(plan.taskLabelStyle).toBe('per-task');
  });

  it('gives the points after an unmarked "Giao Sở Nội vụ:" line that unit', () => {
    const plan = readText(planWithBody([
      'II. NHIỆM VỤ', '1. Cải cách hành chính', 'Giao Sở Nội vụ:',
      '- Tham mưu kế hoạch kiểm tra; thời gian: tháng 3/2026.', 'Thời gian: Tháng 3/2026.',
      '- Tổng hợp kết quả.', 'Thời gian: Tháng 11/2026.',
    ].join('\n')));
    expect(plan.tasks.map((t) => t.lead)).toEqual(['Sở Nội vụ', 'Sở Nội vụ']);
  });

  it('reads the same layout from a .docx', () => {
    const body = ['KẾ HOẠCH', 'Phòng, chống tội phạm năm 2026', 'I. MỤC ĐÍCH, YÊU CẦU', 'Bảo đảm hiệu quả.', 'II. NHIỆM VỤ', 'a) Công an tỉnh và các địa phương', 'Mở đợt cao điểm tấn công trấn áp tội phạm.', 'Thời gian thực hiện: Quý II/2026.', 'b) Đề nghị Tòa án nhân dân tỉnh', 'Đưa các vụ án điểm ra xét xử.', 'Thời gian thực hiện: Quý III/2026.', 'Nơi nhận:', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']
      .map((t) => p(t)).join('');
    const plan = readPlan(readDocx(docxWithBody(body), 'ke-hoach.docx'));
    expect(plan.tasks.map((t) => [t.lead, t.timing])).toEqual([
      ['Công an tỉnh và các địa phương', 'Quý II/2026'],
      ['Tòa án nhân dân tỉnh', 'Quý III/2026'],
    ]);
  });
});
