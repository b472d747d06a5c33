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
