import type { Plan, ReportingClause, Section } from '../../plan/model';

/** The plan's reporting clauses inside a section (its heading excluded), in order. */
export function reportingClausesIn(plan: Plan, section: Section): ReportingClause[] {
  return plan.reportingClauses.filter((c) => c.paragraph > section.paragraph && c.paragraph <= section.endParagraph);
}

/** Whether any of the plan's reporting deadlines sits inside a section. */
export function sectionHasDeadline(plan: Plan, section: Section): boolean {
  return plan.reporting.some((r) => r.paragraph >= section.paragraph && r.paragraph <= section.endParagraph);
}
