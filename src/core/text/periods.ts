/**
 * A plan's giai đoạn as printed: "giai đoạn 2026-2030", "giai đoạn từ năm 2026 đến năm 2030",
 * "từ năm 2026 đến hết năm 2030". Matched on the fold, so case and tone marks do not matter.
 * "Thời kỳ 2021 - 2030" is a quy hoạch's span, cited by a plan that runs for a year of it.
 */
import { fold } from './fold';

/** A giai đoạn, as years. */
export interface Period {
  from: number;
  to: number;
}

const YEAR_SEP = String.raw`\s*(?:[-–—]|den)\s*(?:het\s*)?(?:nam\s*)?`;
const NAMED = new RegExp(String.raw`giai doan\s*(?:tu\s*)?(?:nam\s*)?(\d{4})${YEAR_SEP}(\d{4})`);
const FROM_TO = new RegExp(String.raw`tu\s*(?:nam\s*)?(\d{4})${YEAR_SEP}(\d{4})|nam\s+(\d{4})\s+den\s+(?:het\s+)?nam\s+(\d{4})`);

/** The first period a text names, a "giai đoạn" before a bare "từ năm … đến năm …"; null when the years run backwards. */
export function findPeriod(text: string): Period | null {
  const f = fold(text);
  const m = NAMED.exec(f) ?? FROM_TO.exec(f);
  if (!m) return null;
  const from = Number(m[1] ?? m[3]);
  const to = Number(m[2] ?? m[4]);
  return from <= to ? { from, to } : null;
}

/** `2026-2030`, as messages show a period. */
export function showPeriod(p: Period): string {
  return `${p.from}-${p.to}`;
}
