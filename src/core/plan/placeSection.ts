import { romanToNumber } from '../text/roman';
import type { Plan, Section } from './model';

/** Where Roman-numbered sections about to be inserted belong among the document's own. */
export interface SectionPlace {
  /** The inserted sections' numerals, first to last. */
  numerals: string[];
  /** The paragraph after which they fit (0: before the first paragraph); null when the document has no numbered section to place them by. */
  after: number | null;
  /** Sections of the document with the same numerals: inserting would number them twice. */
  duplicates: Section[];
  /** Whether inserting after `cursor` keeps the numbering in order (true when nothing can be said). */
  cursorFits: boolean;
}

/**
 * Sections `numerals` (I … XX, in order) go after the last section numbered below the first of them
 * and before the first numbered above the last of them; before "Nơi nhận" and the signature when
 * none is. `cursor` is the paragraph the insertion would follow (null: the end of the document).
 */
export function placeSections(plan: Plan, numerals: string[], cursor: number | null, paragraphCount: number): SectionPlace {
  const values = numerals.map((n) => romanToNumber(n)).filter((v): v is number => v !== null);
  const own = plan.sections.map((s) => ({ s, v: romanToNumber(s.numeral) })).filter((x): x is { s: Section; v: number } => x.v !== null);
  if (values.length === 0 || own.length === 0) return { numerals, after: null, duplicates: [], cursorFits: true };
  const low = Math.min(...values);
  const high = Math.max(...values);
  const duplicates = own.filter((x) => values.includes(x.v)).map((x) => x.s);
  const before = own.filter((x) => x.v < low);
  const after = own.filter((x) => x.v > high);
  const closing = [plan.at.recipients, plan.at.signer].filter((p): p is number => p != null);
  // The first paragraph that must stay after the inserted sections.
  const limit = after.length > 0 ? Math.min(...after.map((x) => x.s.paragraph)) : closing.length > 0 ? Math.min(...closing) : paragraphCount + 1;
  const floor = before.length > 0 ? Math.max(...before.map((x) => x.s.endParagraph)) : Math.min(...own.map((x) => x.s.paragraph)) - 1;
  const where = before.length > 0 ? floor : limit - 1;
  const at = cursor ?? paragraphCount;
  return { numerals, after: where, duplicates, cursorFits: duplicates.length === 0 && at >= floor && at < limit };
}
