/**
 * Reporting deadlines: "trước ngày 30/11 hằng năm", "trước ngày 16 tháng 12 năm 2025", "chậm
 * nhất ngày 17 tháng 12", "trước ngày 01/6 và 15/11 hằng năm", "trước ngày 15 hằng tháng". A
 * deadline counts when its clause is about sending reports: the keyword nearest to it decides, so
 * "hoàn thành trước ngày …" (task completion), "hồ sơ khen thưởng gửi trước ngày …" (award files)
 * or "đánh giá, xếp loại trước ngày …" are not reporting deadlines. A paragraph tagged
 * `kh:report-deadline` is one whatever its words.
 */
import { dayPeriod, readPeriod, type DatePeriod } from '../text/dates';
import { hasTag, paragraphAtOffset, type PlanLine } from './lines';
import type { Recurrence, ReportingDeadline } from './model';

const ONE_DATE = String.raw`(\d{1,2})(?:\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?|\s+thang\s+(\d{1,2})(?:\s*,?\s*nam\s+(\d{4}))?)?`;
const MORE_DATE = String.raw`(?:\s*(?:,|va|hoac)\s*(?:ngay\s+)?\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|\s+thang\s+\d{1,2}(?:\s*,?\s*nam\s+\d{4})?))*`;
const SUFFIX = String.raw`(\s+(?:hang|moi)\s+(nam|thang|quy)|\s+(?:cua\s+)?thang\s+(?:cuoi|dau)\s+(?:cua\s+)?(quy|ky)(?:\s+(?:bao cao|sau|tiep theo|ke tiep))?|\s+cua\s+(?:nam|thang|quy)\s+(?:\d{4}|bao cao|ke tiep|sau))?`;
// "trước 15/12" without "ngày" is read too, but only as day/month: "trước 19h00" is an hour.
// Groups: 1–5 the first date, 6 more dates, 7 the suffix, 8 its period (năm/tháng/quý), 9 "tháng cuối quý/kỳ".
const DEADLINE = new RegExp(String.raw`(?:truoc|cham nhat(?:\s+(?:la|vao))?|han chot(?:\s+la)?|khong muon hon)\s+(?:\d{1,2}\s*(?:gio|h)(?:\s*\d{2})?(?:\s*phut)?\s*,?\s*)?(?:ngay\s+|(?=\d{1,2}\s*\/\s*\d{1,2}))${ONE_DATE}(${MORE_DATE})${SUFFIX}`, 'g');
// A deadline by month or period: "chậm nhất trong tháng 8/2026", "trong tháng 9 hằng năm", "trong quý
// III/2026"; readPeriod reads what follows. A bare "trong tháng" (no number) is a span, not a deadline.
const PERIOD_DEADLINE = /(?:(?:cham nhat|han chot|khong muon hon)(?:\s+(?:la|vao))?\s+(?:trong\s+)?|\btrong\s+)(?=thang\s+(?:\d|cuoi|dau)|quy\s+(?:iv|iii|ii|i|[1-4])\b)/g;
const PERIOD_SUFFIX = /^\s+(?:hang|moi)\s+(nam|quy)\b/;
const EACH_DATE = /(\d{1,2})(?:\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?|\s+thang\s+(\d{1,2})(?:\s*,?\s*nam\s+(\d{4}))?)?/g;

// Periodic sending ("gửi Văn phòng Sở định kỳ hằng tháng") is reporting too.
const REPORT_WORDS = /\b(?:bao cao|gui ket qua|ket qua thuc hien (?:ve|gui)|tong hop ket qua|dinh ky)\b/g;
// Publishing and inspecting have deadlines of their own ("công bố … trước ngày 05", "tổ chức kiểm tra chậm
// nhất trong tháng 6"); "kết quả (tự) kiểm tra", "phát hiện qua kiểm tra" are what a report carries.
const OTHER_WORDS = /\b(?:hoan thanh|ho so|khen thuong|xep loai|dang ky|nop|ban hanh|xay dung|tham dinh|danh gia|nghiem thu|to chuc (?:hoi nghi|so ket|tong ket)|cong bo|(?<!qua (?:tu )?)kiem tra|thanh tra)\b/g;

// "… để tổng hợp, báo cáo UBND" says what the receiver will do, not what is sent.
const PURPOSE = /\bde (?:tong hop,? )?$/;

/** Distance from the phrase [start, end) to the nearest match of `re` in the clause, or Infinity. */
function nearest(clause: string, offset: number, start: number, end: number, re: RegExp, skipPurpose = false): number {
  let best = Infinity;
  re.lastIndex = 0;
  for (let m = re.exec(clause); m; m = re.exec(clause)) {
    if (skipPurpose && PURPOSE.test(clause.slice(Math.max(0, m.index - 16), m.index))) continue;
    const a = offset + m.index;
    const b = a + m[0].length;
    const d = b <= start ? start - b : a >= end ? a - end : 0;
    if (d < best) best = d;
  }
  return best;
}

function recurrenceOf(suffix: string | undefined, clause: string, year: number | null): Recurrence {
  if (suffix === 'nam') return 'yearly';
  if (suffix === 'thang') return 'monthly';
  if (suffix === 'quy') return 'quarterly';
  if (/\b(?:0?6|sau) thang\b/.test(clause)) return 'half-yearly';
  if (/(?:hang|moi) nam/.test(clause)) return 'yearly';
  if (/(?:hang|moi) quy/.test(clause)) return 'quarterly';
  if (/(?:hang|moi) thang/.test(clause)) return 'monthly';
  return year != null ? 'once' : null;
}

/** Clause boundaries: ";" and sentence ends. */
function clauseAround(f: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && f[a - 1] !== ';' && !(f[a - 1] === ' ' && f[a - 2] === '.')) a--;
  let b = end;
  while (b < f.length && f[b] !== ';' && !(f[b] === '.' && (b + 1 === f.length || f[b + 1] === ' '))) b++;
  return [a, b];
}

const DEADLINE_HEAD = /truoc|cham nhat|han chot|khong muon|trong (?:thang|quy)/;

/** Reporting deadlines in the body lines, in order. A line a hard line break cut is one line already (lines.ts). */
export function readReporting(lines: PlanLine[]): ReportingDeadline[] {
  const out: ReportingDeadline[] = [];
  for (const line of lines) {
    const tagged = hasTag(line, 'kh:report-deadline');
    // Most lines name no deadline.
    if (!tagged && !DEADLINE_HEAD.test(line.fold)) continue;
    const found = deadlinesIn(line, tagged, out);
    if (tagged && !found) out.push({ text: line.text, day: null, month: null, year: null, recurrence: null, dates: [], paragraph: line.paragraph });
  }
  return out;
}

/** The clause around [start, end) and whether it is about sending reports: the nearest keyword decides. */
function aboutReports(f: string, start: number, end: number): { clause: string; isReport: boolean } {
  const [a, b] = clauseAround(f, start, end);
  const clause = f.slice(a, b);
  // A report named only as the receiver's purpose ("… để tổng hợp, báo cáo") counts when nothing
  // else is named (award files, evaluations, completion).
  const report = nearest(clause, a, start, end, REPORT_WORDS, true);
  const purposeOnly = nearest(clause, a, start, end, REPORT_WORDS);
  const other = nearest(clause, a, start, end, OTHER_WORDS);
  return { clause, isReport: (report < Infinity && report <= other) || (other === Infinity && purposeOnly < Infinity) };
}

/** Adds the reporting deadlines on the line; whether it found any. */
function deadlinesIn(line: PlanLine, tagged: boolean, out: ReportingDeadline[]): boolean {
  const f = line.fold;
  let found = false;
  DEADLINE.lastIndex = 0;
  for (let m = DEADLINE.exec(f); m; m = DEADLINE.exec(f)) {
    const start = m.index;
    const end = m.index + m[0].length;
    const month = m[2] ?? m[4];
    const suffix = m[8] ?? (m[9] === 'quy' ? 'quy' : undefined);
    // "trước ngày 15" alone names no date; "trước ngày 15 hằng tháng" does, and so does
    // "(trước ngày 28)" right after "hằng tháng".
    const monthlyBefore = !month && !m[7] && /(?:hang|moi) thang\W{0,4}$/.test(f.slice(Math.max(0, start - 30), start));
    if (!month && !m[7] && !monthlyBefore) continue;
    const { clause, isReport } = aboutReports(f, start, end);
    if (!tagged && !isReport) continue;
    const dates: NonNullable<ReportingDeadline['dates']> = [];
    const datePart = f.slice(start, end - (m[7]?.length ?? 0)).replace(/^.*?(?:ngay\s+|(?=\d{1,2}\s*\/))/, '');
    EACH_DATE.lastIndex = 0;
    for (let d = EACH_DATE.exec(datePart); d; d = EACH_DATE.exec(datePart)) {
      dates.push({ day: +d[1], month: d[2] ?? d[4] ? +(d[2] ?? d[4]) : null, year: d[3] ?? d[5] ? +(d[3] ?? d[5]) : null });
    }
    const first = dates[0] ?? { day: +m[1], month: month ? +month : null, year: null };
    const year = first.year ?? null;
    const period: DatePeriod = dayPeriod(first.day, first.month, year);
    // "ngày 20 của tháng cuối quý": the day within each quarter's last month.
    const inQuarter = /thang (cuoi|dau) (?:cua )?quy/.exec(m[7] ?? '');
    if (inQuarter) period.monthOfQuarter = inQuarter[1] === 'dau' ? 1 : 3;
    out.push({
      text: line.text.slice(start, end),
      day: first.day,
      month: first.month,
      year,
      recurrence: monthlyBefore ? 'monthly' : recurrenceOf(suffix, clause, year),
      dates,
      period,
      paragraph: paragraphAtOffset(line, start),
    });
    found = true;
  }
  PERIOD_DEADLINE.lastIndex = 0;
  for (let m = PERIOD_DEADLINE.exec(f); m; m = PERIOD_DEADLINE.exec(f)) {
    const start = m.index;
    const read = readPeriod(f, start + m[0].length);
    if (!read || read.period.unit === 'year') continue;
    const suffix = PERIOD_SUFFIX.exec(f.slice(read.end));
    const end = read.end + (suffix?.[0].length ?? 0);
    PERIOD_DEADLINE.lastIndex = end;
    const { clause, isReport } = aboutReports(f, start, end);
    if (!tagged && !isReport) continue;
    const { period } = read;
    out.push({
      text: line.text.slice(start, end),
      day: period.day,
      month: period.month,
      year: period.year,
      recurrence: recurrenceOf(suffix?.[1], clause, period.year),
      dates: [],
      period,
      paragraph: paragraphAtOffset(line, start),
    });
    found = true;
  }
  return found;
}
