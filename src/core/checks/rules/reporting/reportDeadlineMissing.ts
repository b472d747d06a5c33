import type { Rule, RuleHit } from '../../types';
import type { Plan } from '../../../plan/model';
import { reportingClausesIn, sectionHasDeadline } from '../../support/reportingClause';

/**
 * A plan says by when results are reported (NĐ 09/2019 cut-off dates make it a date, not
 * "định kỳ"). With no deadline anywhere, the finding goes where the reviewer would write it:
 * the reporting clause, else the reporting or Tổ chức thực hiện heading, else paragraph 1.
 * With deadlines elsewhere, a "Chế độ báo cáo" section that names none is still flagged.
 * Reports due at a time of day ("02 lần/ngày, trước 9h00") count as a deadline.
 */
export const reportDeadlineMissing: Rule = {
  id: 'report-deadline-missing',
  appliesTo: 'plan',
  family: 'reporting',
  severity: 'error',
  title: { vi: 'Thiếu thời hạn báo cáo', en: 'No reporting deadline' },
  message: {
    vi: 'Kế hoạch chưa quy định thời hạn gửi báo cáo kết quả thực hiện (ví dụ: "trước ngày 30/11 hằng năm")',
    en: 'The plan sets no deadline for reporting results (e.g. "before 30/11 every year")',
  },
  variants: {
    clause: {
      vi: 'Có yêu cầu báo cáo nhưng chưa nêu thời hạn gửi báo cáo (ví dụ: "trước ngày 30/11 hằng năm")',
      en: 'Reports are asked for but no deadline is given (e.g. "before 30/11 every year")',
    },
    section: {
      vi: 'Mục {numeral} "{title}" chưa nêu thời hạn gửi báo cáo',
      en: 'Section {numeral} "{title}" gives no reporting deadline',
    },
  },
  source: 'Thực tiễn soạn kế hoạch; NĐ 09/2019/NĐ-CP (chế độ báo cáo, thời gian chốt số liệu)',
  check({ plan }) {
    const reportingSections = plan.sections.filter((s) => s.kind === 'reporting');
    if (plan.reporting.length > 0) {
      return reportingSections
        .filter((s) => !sectionHasDeadline(plan, s))
        .map((s) => ({ paragraph: s.paragraph, variant: 'section', args: { numeral: s.numeral, title: s.title } }));
    }
    if (plan.reportingClauses.some((c) => c.withinDay)) return [];
    return [placeMissingDeadline(plan)];
  },
};

function placeMissingDeadline(plan: Plan): RuleHit {
  const reportingSections = plan.sections.filter((s) => s.kind === 'reporting');
  for (const s of reportingSections) {
    const clause = reportingClausesIn(plan, s)[0];
    if (clause) return { paragraph: clause.paragraph, variant: 'clause' };
  }
  if (reportingSections[0]) return { paragraph: reportingSections[0].paragraph };
  const organization = plan.sections.filter((s) => s.kind === 'organization');
  for (const s of organization) {
    const clause = reportingClausesIn(plan, s)[0];
    if (clause) return { paragraph: clause.paragraph, variant: 'clause' };
  }
  if (organization[0]) return { paragraph: organization[0].paragraph };
  const bodyStart = plan.sections[0]?.paragraph ?? Infinity;
  const anyClause = plan.reportingClauses.find((c) => c.paragraph > bodyStart);
  if (anyClause) return { paragraph: anyClause.paragraph, variant: 'clause' };
  return { paragraph: 1 };
}
