/**
 * The places rules need, found once by the reader: the header's boxes, the reporting clauses.
 * (The closing's places come from readClosing.) A rule reads `plan.header`, `plan.closing` and
 * `plan.reportingClauses` instead of matching paragraphs itself, so each thing is recognised in
 * one place.
 */
import type { DocumentSnapshot } from '../snapshot';
import type { PlanLine } from './lines';
import type { HeaderPlaces, Place, ReportingClause } from './model';
import type { Header } from './readHeader';

// A draft's header lines the header reader may not have placed (a layout it did not follow).
const NUMBER_LINE = /^\s*\**\s*Số\s*:/u;
const DATE_LINE = /,\s*ngày\b.*\btháng\b.*\bnăm\b/iu;

/**
 * The header's places. "Số:" and the date line the header reader did not place are looked for
 * above the title (or the first section): a draft leaves them blank, and rules must still find them.
 */
export function headerPlaces(
  header: Header,
  lines: PlanLine[],
  snapshot: DocumentSnapshot,
  title: { text: string | null; paragraph?: number; lastParagraph?: number },
  kindLine: PlanLine | undefined,
  firstSection: number | undefined,
): HeaderPlaces {
  const at = (paragraph: number | undefined): Place | null => {
    if (paragraph === undefined) return null;
    const line = lines.find((l) => l.paragraph === paragraph);
    return line ? { paragraph, text: line.text } : null;
  };
  let number = at(header.at.number);
  let dateLine = at(header.at.date);
  const stop = title.paragraph ?? firstSection ?? 15;
  for (const p of snapshot.paragraphs) {
    if (p.index >= stop || (number && dateLine)) break;
    if (number === null && NUMBER_LINE.test(p.text)) number = { paragraph: p.index, text: p.text };
    else if (dateLine === null && DATE_LINE.test(p.text)) dateLine = { paragraph: p.index, text: p.text };
  }
  return {
    parentBody: at(header.at.parentBody),
    issuer: at(header.at.issuer),
    number,
    dateLine,
    kindLine: kindLine ? { paragraph: kindLine.paragraph, text: kindLine.text } : null,
    title: title.text !== null && title.paragraph !== undefined ? { paragraph: title.paragraph, text: title.text, lastParagraph: title.lastParagraph ?? title.paragraph } : null,
  };
}

/**
 * A sentence that asks for reports: "Chế độ báo cáo", "báo cáo kết quả … về UBND xã",
 * "định kỳ … báo cáo". Rules place a missing deadline where the reviewer expects it: here.
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
  'iu',
);

/**
 * Reports due within the day ("báo cáo 02 lần/ngày (trước 9h00 và 16h00)"), as emergency plans
 * set them: a deadline the plan reader does not list, but a deadline all the same.
 */
const DAILY_REPORT = /báo cáo[^.;]{0,60}(?:\d+\s*lần\s*\/\s*ngày|hằng ngày|hàng ngày)[^.;]{0,40}trước\s*\d{1,2}\s*(?:h|giờ)/iu;

/** Every paragraph that asks for reports or sets a report due within the day, in order. */
export function reportingClauses(snapshot: DocumentSnapshot): ReportingClause[] {
  const out: ReportingClause[] = [];
  for (const p of snapshot.paragraphs) {
    // Most paragraphs say nothing of reports: the patterns run only where "báo cáo" is written.
    if (!/báo cáo/iu.test(p.text)) continue;
    const withinDay = DAILY_REPORT.test(p.text);
    if (withinDay || REPORTING_CLAUSE.test(p.text)) out.push({ paragraph: p.index, text: p.text, withinDay });
  }
  return out;
}
