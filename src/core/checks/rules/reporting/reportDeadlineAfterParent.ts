import type { Rule, RuleHit } from '../../types';
import type { ReportingDeadline } from '../../../plan/model';
import type { ParentReporting } from '../../../plan/parentPlan';
import { dayMonth } from '../../../text/dates';

/** Day of the period a deadline falls on, comparable within one recurrence (month × 31 + day; the year too for a one-off). */
function rank(day: number, month: number | null, recurrence: ParentReporting['recurrence'], year: number | null = null): number {
  if (recurrence === 'monthly' || month == null) return day;
  return (recurrence === 'once' && year != null ? year * 400 : 0) + month * 31 + day;
}

/** The day/month pairs a deadline names: `dates` when the reader split them, else its own. */
function datesOf(d: ReportingDeadline): { day: number; month: number | null; year: number | null }[] {
  if (d.dates && d.dates.length > 0) return d.dates;
  return d.day == null ? [] : [{ day: d.day, month: d.month, year: d.year }];
}

/**
 * The unit must report before its parent does, or the parent body cannot aggregate in time:
 * "trước ngày 30/11 hằng năm" under a parent that wants 30/11 is flagged. Deadlines are compared
 * within the same recurrence only (a monthly report says nothing about the yearly one).
 */
export const reportDeadlineAfterParent: Rule = {
  id: 'report-deadline-after-parent',
  appliesTo: 'plan',
  family: 'reporting',
  severity: 'warning',
  title: { vi: 'Hạn báo cáo không sớm hơn kế hoạch cấp trên', en: 'Reporting deadline not before the parent’s' },
  message: {
    vi: 'Hạn báo cáo {own} không sớm hơn hạn {parent} mà Kế hoạch {number} yêu cầu; cần sớm hơn để kịp tổng hợp báo cáo cấp trên',
    en: 'The reporting deadline {own} is not before {parent} set by plan {number}; it must be earlier to leave time to aggregate',
  },
  source: 'Logic báo cáo theo cấp (NĐ 09/2019/NĐ-CP); kh-structure.md, lỗi #8',
  check({ plan, parent }) {
    const wanted = parent?.reporting;
    if (!parent || !wanted) return [];
    const once = wanted.recurrence === 'once' && wanted.year != null;
    const limit = rank(wanted.day, wanted.month, wanted.recurrence, once ? wanted.year! : null);
    const rankOf = (d: { day: number; month: number | null; year: number | null }) => rank(d.day, d.month, wanted.recurrence, once ? (d.year ?? wanted.year!) : null);
    const hits: RuleHit[] = [];
    for (const deadline of plan.reporting) {
      // A day and month with no year and no recurrence ("trước ngày 15/12") recurs yearly in a multi-year plan.
      const sameRecurrence =
        deadline.recurrence === wanted.recurrence ||
        (deadline.recurrence == null && (wanted.recurrence === 'once' || (wanted.recurrence === 'yearly' && deadline.year == null && deadline.month != null)));
      if (!sameRecurrence) continue;
      const dates = datesOf(deadline);
      if (dates.length === 0) continue;
      // A phrase naming several dates ("01/6 và 15/11") is late when its last one is.
      const last = dates.reduce((a, b) => (rankOf(b) > rankOf(a) ? b : a));
      if (rankOf(last) < limit) continue;
      hits.push({
        paragraph: deadline.paragraph,
        args: { own: dayMonth(last.day, last.month), parent: dayMonth(wanted.day, wanted.recurrence === 'monthly' ? null : wanted.month), number: parent.number },
      });
    }
    return hits;
  },
};
