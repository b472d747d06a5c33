/**
 * Vietnamese dates as plans print them: short in the body ("12/5/2026"), in words
 * ("ngày 12 tháng 5 năm 2026"), and the NĐ 30 box-4 form where days below 10 and months 1–2
 * take a leading zero ("ngày 05 tháng 6 năm 2026", "ngày 28 tháng 02 năm 2023").
 */
import { daysInMonth } from '../text/dates';

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

/** Body form: `12/5/2026`; a date without a day cannot be written this way. */
export function dateShort(date: PlanDate | string): string {
  const d = need(date, 'ngày viết tắt');
  if (d.day == null || d.month == null) throw new Error(`ngày viết tắt cần đủ ngày, tháng: "${String(date)}"`);
  return `${d.day}/${d.month}/${d.year}`;
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
