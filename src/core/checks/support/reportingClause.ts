import type { DocumentSnapshot } from '../../snapshot';
import type { Plan, Section } from '../../plan/model';
import { paragraphsBetween } from './paragraphs';

/**
 * A sentence that asks for reports: "Chế độ báo cáo", "báo cáo kết quả … về UBND xã",
 * "định kỳ … báo cáo". Used to place a missing deadline where the reviewer expects it.
 */
const REPORTING_CLAUSE = new RegExp(
  [
    String.raw`chế độ (?:thông tin,? )?báo cáo`,
    String.raw`báo cáo kết quả`,
    String.raw`báo cáo định kỳ`,
    String.raw`định kỳ[^.;]{0,60}báo cáo`,
    String.raw`(?:gửi )?báo cáo[^.;]{0,100}\bvề (?:ủy|uỷ|ubnd|sở|bộ|văn phòng|phòng|chủ tịch|ban|hđnd|thường trực|cơ quan)`,
    String.raw`báo cáo (?:chủ tịch|ủy ban|uỷ ban|ubnd|sở|bộ|thường trực|cấp trên|cơ quan)[^.;]{0,80}kết quả`,
  ].join('|'),
  'iu'
);

export function isReportingClause(text: string): boolean {
  return REPORTING_CLAUSE.test(text);
}

/**
 * Reports due within the day ("báo cáo 02 lần/ngày (trước 9h00 và 16h00)"), as emergency plans
 * set them: a deadline the plan reader does not list, but a deadline all the same.
 */
const DAILY_REPORT = /báo cáo[^.;]{0,60}(?:\d+\s*lần\s*\/\s*ngày|hằng ngày|hàng ngày)[^.;]{0,40}trước\s*\d{1,2}\s*(?:h|giờ)/iu;

export function isDailyReportDeadline(text: string): boolean {
  return DAILY_REPORT.test(text);
}

/** Paragraph indices of the plan's reporting clauses inside a section, in order. */
export function reportingClausesIn(snapshot: DocumentSnapshot, section: Section): number[] {
  const found: number[] = [];
  for (const p of paragraphsBetween(snapshot, section.paragraph + 1, section.endParagraph)) {
    if (isReportingClause(p.text)) found.push(p.index);
  }
  return found;
}

/** Whether any of the plan's reporting deadlines sits inside a section. */
export function sectionHasDeadline(plan: Plan, section: Section): boolean {
  return plan.reporting.some((r) => r.paragraph >= section.paragraph && r.paragraph <= section.endParagraph);
}
