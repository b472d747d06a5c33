import type { DocumentSnapshot } from '../../snapshot';
import type { Plan } from '../../plan/model';

const NUMBER_LINE = /^\s*\**\s*Số\s*:/u;
const DATE_LINE = /,\s*ngày\b.*\btháng\b.*\bnăm\b/iu;

/**
 * The header's "Số: …" and "…, ngày … tháng … năm …" lines: a draft leaves their number and day
 * blank for the văn thư to fill on the day it is issued, so they are not unfilled fields.
 */
export function draftHeaderLines(plan: Plan, snapshot: DocumentSnapshot): { number: number | null; date: number | null } {
  let number = plan.at.number ?? null;
  let date = plan.at.date ?? null;
  // The reader may not have placed them: look above the title (or the first section).
  const stop = plan.at.title ?? plan.sections[0]?.paragraph ?? 15;
  for (const p of snapshot.paragraphs) {
    if (p.index >= stop) break;
    if (number == null && NUMBER_LINE.test(p.text)) number = p.index;
    else if (date == null && DATE_LINE.test(p.text)) date = p.index;
  }
  return { number, date };
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
