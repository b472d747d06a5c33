import type { Rule, RuleHit } from '../../types';
import type { ReportingDeadline } from '../../../plan/model';
import { dayPeriod, periodEndRank, periodText, type DatePeriod } from '../../../text/dates';

/** The periods a deadline names: each day of "01/6 và 15/11", else its month or quarter ("trong tháng 8"). */
function periodsOf(d: ReportingDeadline): DatePeriod[] {
  if (d.dates && d.dates.length > 0) return d.dates.map((x) => ({ ...dayPeriod(x.day, x.month, x.year), monthOfQuarter: d.period?.monthOfQuarter ?? null }));
  if (d.period) return [d.period];
  return d.day == null ? [] : [dayPeriod(d.day, d.month, d.year)];
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
    const wantedPeriod = wanted.period ?? dayPeriod(wanted.day, wanted.month, wanted.year ?? null);
    // Each side by the last day its period allows: "trong tháng 12" against "trước ngày 15/12" is
    // not late, "trước ngày 15/12" against "trong tháng 12" is not either.
    const limit = periodEndRank(wantedPeriod, wanted.recurrence, once ? wanted.year! : null);
    const rankOf = (p: DatePeriod) => periodEndRank(p, wanted.recurrence, once ? wanted.year! : null);
    const hits: RuleHit[] = [];
    for (const deadline of plan.reporting) {
      // A day and month with no year and no recurrence ("trước ngày 15/12") recurs yearly in a multi-year plan.
      const sameRecurrence =
        deadline.recurrence === wanted.recurrence ||
        (deadline.recurrence == null && (wanted.recurrence === 'once' || (wanted.recurrence === 'yearly' && deadline.year == null && deadline.month != null)));
      if (!sameRecurrence) continue;
      const periods = periodsOf(deadline);
      if (periods.length === 0) continue;
      // A phrase naming several dates ("01/6 và 15/11") is late when its last one is.
      const last = periods.reduce((a, b) => (rankOf(b) > rankOf(a) ? b : a));
      if (rankOf(last) < limit) continue;
      const short = (p: DatePeriod) => (wanted.recurrence === 'monthly' && p.unit === 'day' ? `ngày ${p.day}` : periodText({ ...p, year: null }));
      hits.push({
        paragraph: deadline.paragraph,
        args: { own: short(last), parent: short(wantedPeriod), number: parent.number },
      });
    }
    return hits;
  },
};
