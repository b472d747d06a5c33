import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/core/checks/engine';
import { reportDeadlineMissing } from '../../../src/core/checks/rules/reporting/reportDeadlineMissing';
import { reportDeadlineAfterParent } from '../../../src/core/checks/rules/reporting/reportDeadlineAfterParent';
import { clause, ctxOf, deadline, parentPlan, planOf, section, snapshotWith } from './builders';

describe('report-deadline-missing', () => {
  const sections = [section('I', 'purpose', 10, 19), section('III', 'tasks', 20, 39), section('IV', 'organization', 40, 59), section('V', 'reporting', 60, 65)];

  it('accepts a plan that has a reporting deadline', () => {
    const plan = planOf({ sections, reporting: [deadline(62, 30, 11)] });
    expect(checkPlan(ctxOf(plan), {}, [reportDeadlineMissing])).toEqual([]);
  });

  it('flags a plan with no deadline on the reporting clause of its reporting section', () => {
    const text = 'Các cơ quan, đơn vị báo cáo kết quả thực hiện về UBND xã (qua Phòng Văn hóa - Xã hội).';
    const snapshot = snapshotWith(70, { 60: 'V. CHẾ ĐỘ BÁO CÁO', 62: text });
    const [f, ...rest] = checkPlan(ctxOf(planOf({ sections, reportingClauses: [clause(62, text)] }), snapshot), {}, [reportDeadlineMissing]);
    expect(rest).toEqual([]);
    expect(f.severity).toBe('error');
    expect(f.location.paragraph).toBe(62);
    expect(f.message).toContain('chưa nêu thời hạn');
  });

  it('puts the finding on the reporting heading when that section has no clause', () => {
    const [f] = checkPlan(ctxOf(planOf({ sections }), snapshotWith(70, { 60: 'V. CHẾ ĐỘ BÁO CÁO' })), {}, [reportDeadlineMissing]);
    expect(f.location.paragraph).toBe(60);
  });

  it('looks in Tổ chức thực hiện for the clause when there is no reporting section', () => {
    const text = '- Theo dõi, đôn đốc; định kỳ báo cáo Chủ tịch UBND xã kết quả thực hiện Chương trình theo quy định.';
    const [f] = checkPlan(ctxOf(planOf({ sections: sections.slice(0, 3), reportingClauses: [clause(45, text)] }), snapshotWith(60, { 45: text })), {}, [reportDeadlineMissing]);
    expect(f.location.paragraph).toBe(45);
  });

  it('puts it on the Tổ chức thực hiện heading, else on paragraph 1, when no clause asks for reports', () => {
    expect(checkPlan(ctxOf(planOf({ sections: sections.slice(0, 3) })), {}, [reportDeadlineMissing])[0].location.paragraph).toBe(40);
    expect(checkPlan(ctxOf(planOf({})), {}, [reportDeadlineMissing])[0].location.paragraph).toBe(1);
  });

  it('takes reports due at a time of day ("02 lần/ngày, trước 9h00") as a deadline', () => {
    const text = '- Huy động nguồn lực tại chỗ; báo cáo 02 lần/ngày (trước 9h00 và 16h00) về tình hình cấp phát gửi UBND tỉnh.';
    const plan = planOf({ sections: sections.slice(0, 3), reportingClauses: [clause(45, text, true)] });
    expect(checkPlan(ctxOf(plan, snapshotWith(60, { 45: text })), {}, [reportDeadlineMissing])).toEqual([]);
  });

  it('puts it on a clause the reader found anywhere after the first section when no section holds one', () => {
    const text = '1. Sở Khoa học và Công nghệ theo dõi, đôn đốc, báo cáo Chủ tịch Ủy ban nhân dân tỉnh kết quả thực hiện hằng năm theo quy định.';
    const plan = planOf({ sections: [section('I', 'purpose', 10, 19)], reportingClauses: [clause(5, 'Căn cứ chế độ báo cáo …'), clause(41, text)] });
    expect(checkPlan(ctxOf(plan, snapshotWith(60, { 41: text })), {}, [reportDeadlineMissing])[0].location.paragraph).toBe(41);
  });

  it('flags a "Chế độ báo cáo" section that names no deadline even when another part of the plan has one', () => {
    const plan = planOf({ sections, reporting: [deadline(45, 15, 12)] });
    const [f, ...rest] = checkPlan(ctxOf(plan), {}, [reportDeadlineMissing]);
    expect(rest).toEqual([]);
    expect(f.location.paragraph).toBe(60);
    expect(f.message).toBe('Mục V "CHẾ ĐỘ BÁO CÁO" chưa nêu thời hạn gửi báo cáo');
  });
});

describe('report-deadline-after-parent', () => {
  const check = (reporting: ReturnType<typeof deadline>[], parentReporting = parentPlan().reporting) =>
    checkPlan(ctxOf(planOf({ reporting }), undefined, parentPlan({ reporting: parentReporting })), {}, [reportDeadlineAfterParent]);

  it('flags a yearly deadline on the same day as the parent’s (30/11 vs 30/11)', () => {
    const [f] = check([deadline(111, 30, 11)], { day: 30, month: 11, recurrence: 'yearly' });
    expect(f.severity).toBe('warning');
    expect(f.location.paragraph).toBe(111);
    expect(f.message).toContain('30/11');
    expect(f.message).toContain('163/KH-UBND');
  });

  it('flags a yearly deadline later than the parent’s', () => {
    expect(check([deadline(111, 20, 12)], { day: 15, month: 12, recurrence: 'yearly' })).toHaveLength(1);
  });

  it('accepts a yearly deadline earlier than the parent’s', () => {
    expect(check([deadline(111, 30, 11)], { day: 15, month: 12, recurrence: 'yearly' })).toEqual([]);
  });

  it('takes a day and month with no year or recurrence ("trước ngày 15/12") as yearly', () => {
    expect(check([deadline(111, 15, 12, null)], { day: 10, month: 12, recurrence: 'yearly' })).toHaveLength(1);
  });

  it('compares only deadlines of the same recurrence', () => {
    expect(check([deadline(90, 18, null, 'monthly')], { day: 15, month: 12, recurrence: 'yearly' })).toEqual([]);
    expect(check([deadline(90, 18, null, 'monthly')], { day: 15, month: 1, recurrence: 'monthly' })).toHaveLength(1);
  });

  it('judges a phrase with several dates ("01/6 và 15/11") by its last one', () => {
    const twice = { ...deadline(88, 1, 6), dates: [{ day: 1, month: 6, year: null }, { day: 15, month: 11, year: null }] };
    expect(check([twice], { day: 10, month: 11, recurrence: 'yearly' })).toHaveLength(1);
    expect(check([twice], { day: 30, month: 11, recurrence: 'yearly' })).toEqual([]);
  });

  it('compares one-off deadlines with their years', () => {
    const parent = { day: 10, month: 1, year: 2027, recurrence: 'once' as const };
    expect(check([deadline(70, 20, 12, 'once', 2026)], parent)).toEqual([]);
    expect(check([deadline(70, 20, 1, 'once', 2027)], parent)).toHaveLength(1);
  });

  it('says nothing without a parent, or when the parent sets no deadline', () => {
    expect(checkPlan(ctxOf(planOf({ reporting: [deadline(1, 30, 12)] })), {}, [reportDeadlineAfterParent])).toEqual([]);
    expect(check([deadline(1, 30, 12)], null)).toEqual([]);
  });
});
