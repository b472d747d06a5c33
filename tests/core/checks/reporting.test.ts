import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/core/checks/engine';
import { reportDeadlineMissing } from '../../../src/core/checks/rules/reporting/reportDeadlineMissing';
import { reportDeadlineAfterParent } from '../../../src/core/checks/rules/reporting/reportDeadlineAfterParent';
import type { ReportingDeadline } from '../../../src/core/plan/model';
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

  describe('a deadline set by month or quarter, compared by the last day it allows', () => {
    const inMonth = (paragraph: number, month: number, recurrence: ReportingDeadline['recurrence'] = 'yearly', year: number | null = null): ReportingDeadline => ({
      text: `chậm nhất trong tháng ${month} hằng năm`, day: null, month, year, recurrence, paragraph,
      period: { unit: 'month', day: null, month, quarter: Math.ceil(month / 3), monthOfQuarter: null, year },
    });

    it('accepts "trong tháng 8 hằng năm" under a parent that wants 15/9', () => {
      expect(check([inMonth(120, 8)], { day: 15, month: 9, recurrence: 'yearly' })).toEqual([]);
    });

    it('flags "trong tháng 11" under a parent that wants 30/11: the unit may send on the 30th', () => {
      const [f] = check([inMonth(120, 11)], { day: 30, month: 11, recurrence: 'yearly' });
      expect(f.message).toContain('tháng 11');
      expect(f.message).toContain('30/11');
    });

    it('flags "trong tháng 12" under a parent that wants 15/12', () => {
      expect(check([inMonth(120, 12)], { day: 15, month: 12, recurrence: 'yearly' })).toHaveLength(1);
    });

    it('does not call "trước ngày 15/12" late under a parent that sets the whole of December', () => {
      const december = { day: 31, month: 12, recurrence: 'yearly' as const, period: { unit: 'month' as const, day: null, month: 12, quarter: 4, monthOfQuarter: null, year: null } };
      expect(check([deadline(111, 15, 12)], december)).toEqual([]);
      expect(check([inMonth(120, 12)], december)).toHaveLength(1);
    });

    it('compares a quarter of a one-off plan by its last day ("quý III/2026" ends on 30/9/2026)', () => {
      const quarter: ReportingDeadline = {
        text: 'trong quý III/2026', day: null, month: null, year: 2026, recurrence: 'once', paragraph: 130,
        period: { unit: 'quarter', day: null, month: null, quarter: 3, monthOfQuarter: null, year: 2026 },
      };
      expect(check([quarter], { day: 15, month: 10, year: 2026, recurrence: 'once' })).toEqual([]);
      expect(check([quarter], { day: 20, month: 9, year: 2026, recurrence: 'once' })).toHaveLength(1);
    });
  });

  it('says nothing without a parent, or when the parent sets no deadline', () => {
    expect(checkPlan(ctxOf(planOf({ reporting: [deadline(1, 30, 12)] })), {}, [reportDeadlineAfterParent])).toEqual([]);
    expect(check([deadline(1, 30, 12)], null)).toEqual([]);
  });
});
