import { describe, expect, it } from 'vitest';
import { planCoverage, type CoveragePlan } from '../../../src/core/coverage/planCoverage';
import type { ParentPlan } from '../../../src/core/plan/parentPlan';

const parent: ParentPlan = {
  id: 'kh-163',
  kind: 'KH',
  number: '163/KH-UBND',
  date: '2026-05-12',
  issuer: 'Chủ tịch UBND tỉnh Bắc Ninh',
  title: 'Thực hiện Chương trình bình đẳng giới',
  targets: [{ id: 'nu-quy-hoach', indicator: 'cán bộ nữ trong diện quy hoạch các chức danh quản lý, lãnh đạo', value: 50, unit: '%', year: 2030 }],
  tasks: [
    { code: '1', title: 'Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền đối với công tác cán bộ nữ' },
    { code: '2', title: 'Đổi mới, tăng cường công tác đào tạo, bồi dưỡng đội ngũ cán bộ nữ' },
    { code: '2.a', title: 'Đánh giá thực trạng đội ngũ cán bộ nữ' },
    { code: '3', title: 'Đẩy mạnh truyền thông, nâng cao nhận thức về bình đẳng giới' },
  ],
  reporting: { day: 10, month: 12, recurrence: 'yearly', text: 'trước ngày 10/12 hằng năm' },
};

function commune(file: string, over: Partial<CoveragePlan> = {}): CoveragePlan {
  return {
    file,
    tasks: [
      { path: 'III.1', title: 'Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền đối với công tác cán bộ nữ.', lead: 'Phòng Văn hóa - Xã hội', timing: 'Thường xuyên', paragraph: 30 },
      { path: 'III.2', title: 'Đổi mới, tăng cường công tác đào tạo, bồi dưỡng đội ngũ cán bộ nữ.', lead: 'Văn phòng HĐND và UBND xã', timing: 'Hằng năm', paragraph: 34 },
      { path: 'III.3', title: 'Đẩy mạnh truyền thông, nâng cao nhận thức về bình đẳng giới.', lead: 'Phòng Văn hóa - Xã hội', timing: 'Quý IV/2026', paragraph: 40 },
    ],
    targets: [{ text: 'tỷ lệ cán bộ nữ trong diện quy hoạch các chức danh quản lý, lãnh đạo đạt 50%', indicator: 'cán bộ nữ trong diện quy hoạch các chức danh quản lý, lãnh đạo', value: 50, unit: '%', year: 2030, paragraph: 20 }],
    reporting: [{ text: 'trước ngày 30/11 hằng năm', paragraph: 60 }],
    ...over,
  };
}

describe("the parent's coverage table", () => {
  it('lists the parent’s top-level tasks (points like 2.a belong to task 2) against each plan, with who leads and by when', () => {
    const table = planCoverage(parent, [commune('xa-tan-an.docx')]);
    expect(table.tasks.map((t) => t.code)).toEqual(['1', '2', '3']);
    expect(table.tasks[1].cells[0]).toMatchObject({ status: 'assigned', lead: 'Văn phòng HĐND và UBND xã', timing: 'Hằng năm', path: 'III.2' });
  });

  it('marks a parent task the plan left out as missing', () => {
    const plan = commune('xa-hoa-binh.docx');
    plan.tasks = plan.tasks.filter((t) => t.path !== 'III.3');
    const table = planCoverage(parent, [commune('xa-tan-an.docx'), plan]);
    expect(table.tasks[2].cells.map((c) => c.status)).toEqual(['assigned', 'missing']);
  });

  it('shows a task the drafting form declared not applicable, with its reason, rather than missing', () => {
    const plan = commune('xa-yen-the.docx', { declared: [{ code: '3', status: 'not-applicable', reason: 'xã không có cơ quan báo chí' }] });
    plan.tasks = plan.tasks.filter((t) => t.path !== 'III.3');
    expect(planCoverage(parent, [plan]).tasks[2].cells[0]).toEqual({ status: 'not-applicable', reason: 'xã không có cơ quan báo chí' });
  });

  it('does not take a plan task about something else for the parent’s task', () => {
    const plan = commune('xa-lac-hong.docx', { tasks: [{ path: 'III.1', title: 'Tổ chức Ngày hội văn hóa các dân tộc', lead: 'Phòng Văn hóa', timing: 'Quý III', paragraph: 30 }] });
    expect(planCoverage(parent, [plan]).tasks.map((t) => t.cells[0].status)).toEqual(['missing', 'missing', 'missing']);
  });

  it('sets each target against the parent’s and says when it is set lower', () => {
    const low = commune('xa-tam-da.docx');
    low.targets = [{ ...low.targets[0], value: 40 }];
    const table = planCoverage(parent, [commune('xa-tan-an.docx'), low, commune('xa-minh-duc.docx', { targets: [] })]);
    expect(table.targets[0].cells).toEqual([
      { status: 'set', value: 50, unit: '%', year: 2030, below: false, paragraph: 20 },
      { status: 'set', value: 40, unit: '%', year: 2030, below: true, paragraph: 20 },
      { status: 'missing' },
    ]);
  });

  it('shows a target the drafting form set aside for this level, with its reason, rather than missing', () => {
    const plan = commune('xa-dong-viet.docx', { targets: [], declaredTargets: [{ code: 'nu-quy-hoach', status: 'not-applicable', reason: 'tỷ lệ tính trên các xã của tỉnh' }] });
    const own = commune('xa-tan-an.docx', { declaredTargets: [{ code: 'nu-quy-hoach', status: 'applies' }] });
    expect(planCoverage(parent, [plan, own, commune('xa-minh-duc.docx', { targets: [] })]).targets[0].cells.map((c) => c.status)).toEqual(['not-applicable', 'set', 'missing']);
    expect(planCoverage(parent, [plan]).targets[0].cells[0]).toEqual({ status: 'not-applicable', reason: 'tỷ lệ tính trên các xã của tỉnh' });
  });

  it('puts each plan’s reporting deadline beside the parent’s: earlier, not earlier, or none', () => {
    const table = planCoverage(parent, [commune('a.docx'), commune('b.docx', { reportingLate: true }), commune('c.docx', { reporting: [] })]);
    expect(table.parentReporting).toBe('trước ngày 10/12 hằng năm');
    expect(table.reporting.map((r) => r.status)).toEqual(['before', 'not-before', 'missing']);
  });
});
