/**
 * Dates as plans write them. Box 4 (the issue date) is written in full: "Hà Nội, ngày 05 tháng 6
 * năm 2026", with a blank day or month in a draft. Body dates are short ("ngày 24/9/2025") or full;
 * reporting deadlines often omit the year ("trước ngày 30/11 hằng năm").
 *
 * One function per form, read and written here for the reader, the checks and the templates alike.
 * One way to fail each: a reader returns null (or a null `iso`) for what is not a date or cannot
 * be one (31/4); a writer throws on a value that is not a date, since a caller chose to print it.
 */
import { fold } from './fold';

export interface DateParts {
  day: number | null;
  month: number | null;
  year: number | null;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD`, or null when a part is missing or impossible (31/4). */
export function toIsoDate(day: number | null, month: number | null, year: number | null): string | null {
  if (day == null || month == null || year == null) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface IssueDate extends DateParts {
  place: string | null;
  iso: string | null;
  /** The line as printed, from the place to the year. */
  text: string;
}

// On folded text: "<place>, ngay <d> thang <m> nam <y>", any part of the date possibly blank or dotted.
const ISSUE_DATE = /^(.*?)\s*,?\s*ngay\s*([0-9.…_ ]*?)\s*thang\s*([0-9.…_ ]*?)\s*nam\s*([0-9.…_]*)/;
// Box 4 written short, a defect a check reports but still a date: "An Phú, ngày 05/6/2026".
const ISSUE_DATE_SHORT = /^(.*?)\s*,?\s*ngay\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/;

/** Reads box 4: "Lai Châu, ngày 19 tháng 11 năm 2025" (or with blanks) → place and date. */
export function parseIssueDate(line: string): IssueDate | null {
  const folded = fold(line);
  const m = ISSUE_DATE.exec(folded) ?? ISSUE_DATE_SHORT.exec(folded);
  if (!m) return null;
  const place = line.slice(0, m[1].length).replace(/[,\s]+$/, '').trim() || null;
  const num = (s: string) => (/^\s*\d{1,4}\s*$/.test(s) ? Number(s) : null);
  const day = num(m[2]);
  const month = num(m[3]);
  // "… năm 2025." : a full stop after the year, as some copies print box 4, is not part of it.
  const year = /^\d{4}\.?$/.test(m[4]) ? Number(m[4].slice(0, 4)) : null;
  return { place, day, month, year, iso: toIsoDate(day, month, year), text: line.slice(0, m[0].length).trim() };
}

export interface FoundDate extends DateParts {
  /** Index of "ngày" in the text, and the end of the date expression. */
  index: number;
  end: number;
  iso: string | null;
}

// "ngày 24/9/2025", "ngày 24-9-2025", "ngày 27 tháng 9 năm 2025" (the year optional in the long form).
const BODY_DATE = /ngay\s+(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})|ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s*,?\s*nam\s+(\d{4}))?/g;

/** Every dated "ngày …" in a body sentence, in order. */
export function findDates(text: string): FoundDate[] {
  const folded = fold(text);
  const out: FoundDate[] = [];
  BODY_DATE.lastIndex = 0;
  for (let m = BODY_DATE.exec(folded); m; m = BODY_DATE.exec(folded)) {
    const [day, month, year] = m[1] ? [+m[1], +m[3], +m[4]] : [+m[5], +m[6], m[7] ? +m[7] : null];
    out.push({ index: m.index, end: m.index + m[0].length, day, month, year, iso: toIsoDate(day, month, year) });
  }
  return out;
}

/** `30/11`, the way plans write a yearly deadline; `ngày 30` for a monthly one. */
export function dayMonth(day: number, month: number | null): string {
  return month == null ? `ngày ${day}` : `${day}/${month}`;
}

/** A date a draft may leave partly blank: the văn thư fills the day (and month) when it is signed. */
export interface PlanDate {
  year: number;
  month: number | null;
  day: number | null;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** `2026-05-12`, `2026-05` (day left blank) or `2026` (day and month blank); null when not a date. */
export function parsePlanDate(text: string): PlanDate | null {
  const m = ISO.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : null;
  const day = m[3] ? Number(m[3]) : null;
  if (month != null && (month < 1 || month > 12)) return null;
  if (day != null && (day < 1 || day > daysInMonth(year, month!))) return null;
  return { year, month, day };
}

function need(date: PlanDate | string, what: string): PlanDate {
  const d = typeof date === 'string' ? parsePlanDate(date) : date;
  if (!d) throw new Error(`${what}: "${String(date)}" không phải ngày dạng YYYY-MM-DD`);
  return d;
}

/** NĐ 30's day and month: a day below 10 and the months 1 and 2 take a leading zero (`09/6`, `15/02`). */
export function dayMonthNd30(day: number, month: number): string {
  return `${day < 10 ? `0${day}` : day}/${month <= 2 ? `0${month}` : month}`;
}

/** Body form as NĐ 30 writes it: `12/5/2026`, `09/6/2026`, `31/12/2020`; a date without a day cannot be written this way. */
export function dateShort(date: PlanDate | string): string {
  const d = need(date, 'ngày viết tắt');
  if (d.day == null || d.month == null) throw new Error(`ngày viết tắt cần đủ ngày, tháng: "${String(date)}"`);
  return `${dayMonthNd30(d.day, d.month)}/${d.year}`;
}

/** In words, no padding: `ngày 12 tháng 5 năm 2026`. */
export function dateLong(date: PlanDate | string): string {
  const d = need(date, 'ngày viết đầy đủ');
  return `ngày ${d.day ?? BLANK} tháng ${d.month ?? BLANK} năm ${d.year}`;
}

/** Blank left for the văn thư to write the day or month in by hand. */
export const BLANK = '     ';

/** NĐ 30 box 4: days below 10 and months 1 and 2 take a leading zero; blanks stay blank. */
export function dateBox4(date: PlanDate | string): string {
  const d = need(date, 'ngày ở ô số 4');
  const day = d.day == null ? BLANK : d.day < 10 ? `0${d.day}` : String(d.day);
  const month = d.month == null ? BLANK : d.month <= 2 ? `0${d.month}` : String(d.month);
  return `ngày ${day} tháng ${month} năm ${d.year}`;
}

/** `Đồng Việt, ngày      tháng 5 năm 2026`. */
export function placeAndDate(place: string, date: PlanDate | string): string {
  return `${place}, ${dateBox4(date)}`;
}

/** Day/month `days` days earlier, within a year that is not a leap year unless given. */
export function shiftDayMonth(day: number, month: number, days: number, year = 2025): { day: number; month: number } {
  const t = new Date(Date.UTC(year, month - 1, day));
  t.setUTCDate(t.getUTCDate() - days);
  return { day: t.getUTCDate(), month: t.getUTCMonth() + 1 };
}

/**
 * A time named by a period rather than a day, as plans set many deadlines: "tháng 8/2026", "tháng 9
 * hằng năm", "quý III/2026", "ngày 15 tháng cuối quý", "năm 2026". `unit` is the finest part the
 * text names; a recurring deadline leaves the year (and for a quarterly one the quarter) null.
 */
export interface DatePeriod {
  unit: 'day' | 'month' | 'quarter' | 'year';
  day: number | null;
  month: number | null;
  /** 1–4: the quarter named ("quý III"), or the one a month falls in. */
  quarter: number | null;
  /** 1–3: the month within each quarter ("tháng cuối quý" is 3), for deadlines that recur quarterly. */
  monthOfQuarter: number | null;
  year: number | null;
}

const QUARTER_NUMERAL: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

// On folded text, anchored where the caller points: "thang 8/2026", "thang 08 nam 2026", "thang 9",
// "thang cuoi quy", "quy III/2026", "quy 3 nam 2026", "nam 2026"; an optional "ngay 15" before a month.
const PERIOD = new RegExp(
  String.raw`(?:ngay\s+(\d{1,2})\s+(?:cua\s+)?)?` +
    String.raw`(?:thang\s+(?:(\d{1,2})(?:\s*[/.-]\s*(\d{4})|\s*,?\s*nam\s+(\d{4}))?|(cuoi|dau|giua|thu\s+(?:hai|2))\s+(?:cua\s+)?quy)` +
    String.raw`|quy\s+(iv|iii|ii|i|[1-4])\b(?:\s*[/.-]\s*(\d{4})|\s*,?\s*nam\s+(\d{4}))?` +
    String.raw`|nam\s+(\d{4}))`,
  'y',
);

/** Reads the period that starts at `at` in folded text; null when none does or it cannot be one (tháng 13, 31 tháng 4). */
export function readPeriod(folded: string, at = 0): { period: DatePeriod; end: number } | null {
  PERIOD.lastIndex = at;
  const m = PERIOD.exec(folded);
  if (!m) return null;
  const day = m[1] ? Number(m[1]) : null;
  let period: DatePeriod;
  if (m[2]) {
    const month = Number(m[2]);
    const year = m[3] ?? m[4] ? Number(m[3] ?? m[4]) : null;
    if (month < 1 || month > 12) return null;
    period = { unit: day == null ? 'month' : 'day', day, month, quarter: Math.ceil(month / 3), monthOfQuarter: null, year };
  } else if (m[5]) {
    const monthOfQuarter = m[5] === 'dau' ? 1 : m[5] === 'cuoi' ? 3 : 2;
    period = { unit: day == null ? 'month' : 'day', day, month: null, quarter: null, monthOfQuarter, year: null };
  } else if (m[6]) {
    if (day != null) return null;
    const year = m[7] ?? m[8] ? Number(m[7] ?? m[8]) : null;
    period = { unit: 'quarter', day: null, month: null, quarter: QUARTER_NUMERAL[m[6]], monthOfQuarter: null, year };
  } else {
    if (day != null) return null;
    period = { unit: 'year', day: null, month: null, quarter: null, monthOfQuarter: null, year: Number(m[9]) };
  }
  if (day != null && (day < 1 || day > (period.month ? daysInMonth(period.year ?? 2024, period.month) : 31))) return null;
  return { period, end: m.index + m[0].length };
}

/** A day as a period (the deadlines written "trước ngày 30/11"). */
export function dayPeriod(day: number, month: number | null, year: number | null): DatePeriod {
  return { unit: 'day', day, month, quarter: month ? Math.ceil(month / 3) : null, monthOfQuarter: null, year };
}

/**
 * The last day a period allows, as a number that orders deadlines of one recurrence: a monthly
 * deadline by its day, a quarterly one by its place in the quarter, a yearly or half-yearly one by
 * month and day, a one-off by its year too (the `year` given when the period names none).
 * "Chậm nhất trong tháng 11" ends on 30/11, so against "trước ngày 30/11" it is not earlier, while
 * "trước ngày 15/12" is earlier than "trong tháng 12". A month whose year is unknown ends on its
 * day in a common year (28/2): the earlier end, so a month is never read as later than it may be.
 */
export function periodEndRank(p: DatePeriod, recurrence: 'yearly' | 'half-yearly' | 'quarterly' | 'monthly' | 'once' | null, year: number | null = null): number {
  const y = p.year ?? year;
  const lastMonth = p.month ?? (p.quarter != null ? p.quarter * 3 : p.monthOfQuarter != null ? null : 12);
  const endDay = (month: number | null) => p.day ?? (month != null ? daysInMonth(y ?? 2025, month) : 31);
  if (recurrence === 'monthly') return endDay(lastMonth);
  if (recurrence === 'quarterly') {
    const inQuarter = p.monthOfQuarter ?? (lastMonth != null ? ((lastMonth - 1) % 3) + 1 : 3);
    return inQuarter * 31 + endDay(lastMonth);
  }
  const month = lastMonth ?? 12;
  return (recurrence === 'once' && y != null ? y * 400 : 0) + month * 31 + endDay(month);
}

/** The period in words, as a message quotes it: `30/11`, `tháng 8`, `tháng 8/2026`, `quý III/2026`, `ngày 15 tháng cuối quý`. */
export function periodText(p: DatePeriod): string {
  const withYear = (s: string) => (p.year != null ? `${s}/${p.year}` : s);
  const inQuarter = p.monthOfQuarter === 1 ? 'tháng đầu quý' : p.monthOfQuarter === 3 ? 'tháng cuối quý' : 'tháng thứ hai của quý';
  if (p.unit === 'year') return `năm ${p.year}`;
  if (p.unit === 'quarter') return withYear(`quý ${['I', 'II', 'III', 'IV'][p.quarter! - 1]}`);
  if (p.unit === 'month') return p.month != null ? withYear(`tháng ${p.month}`) : inQuarter;
  if (p.month == null) return p.monthOfQuarter != null ? `ngày ${p.day} ${inQuarter}` : `ngày ${p.day}`;
  return withYear(`${p.day}/${p.month}`);
}
