import type { Place, Plan } from '../../plan/model';

/**
 * The header's "Số: …" and "…, ngày … tháng … năm …" lines, as the reader placed them: a draft
 * leaves their number and day blank for the văn thư to fill on the day it is issued, so they are
 * not unfilled fields.
 */
export function draftHeaderLines(plan: Plan): { number: Place | null; date: Place | null } {
  return { number: plan.header.number, date: plan.header.dateLine };
}

const BLANK = String.raw`(?:…+|\.+|_+)?`;
const NUMBER_BLANK = new RegExp(String.raw`Số\s*:\s*${BLANK}\s*\/`, 'u');
const DAY_BLANK = new RegExp(String.raw`ngày\s*${BLANK}\s*tháng`, 'iu');
const MONTH_BLANK = new RegExp(String.raw`tháng\s*${BLANK}\s*năm`, 'iu');

export function numberIsBlank(text: string): boolean {
  return NUMBER_BLANK.test(text);
}

export function dateIsBlank(text: string): boolean {
  return DAY_BLANK.test(text) || MONTH_BLANK.test(text);
}
