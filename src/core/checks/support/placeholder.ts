/**
 * What an unfilled field looks like in a Vietnamese draft: "…", "....", "___", "[…]",
 * "[tên đơn vị]", "…/…/2026", "ngày … tháng … năm". An ellipsis glued to a word ("các sở,
 * ngành…") is prose, not a blank, so a blank must stand apart from the words around it; one that
 * closes an enumeration ("các sở, ban, ngành …", "loa, đài, …)") means "v.v.".
 */
import { HAS_LETTER, LETTER } from '../../text/letters';

const BLANK = String.raw`(?:…+|\.{3,}|_{3,})`;
const BLANK_OR_NUMBER = String.raw`(?:…+|\.{2,}|_{2,}|\d{1,4})`;

const BRACKETED = /\[[\s.…_]*\]|\[(?:tên|ghi|điền|nhập|chọn)[^\]]{0,60}\]/iu;
// Starts only where a run of blanks or digits starts: tried inside a run, each start would rescan the rest of it (quadratic on a line of dots).
const DATE_WITH_BLANK = new RegExp(String.raw`(?<![.…_\d])${BLANK_OR_NUMBER}\s*\/\s*${BLANK_OR_NUMBER}\s*\/\s*${BLANK_OR_NUMBER}`, 'u');
const SPELLED_DATE_BLANK = new RegExp(String.raw`(?:ngày|tháng|năm)\s*(?:…+|\.{2,}|_{2,})`, 'iu');
const STANDALONE_BLANK = new RegExp(String.raw`(?:^|[\s:(\["“'/])(${BLANK})(?=$|[\s;,.:)\]"”'/])`, 'gu');
// An ellipsis closing an enumeration says "v.v." ("các sở, ban, ngành …", "loa, đài, …)"): the
// clause before it lists with commas, and nothing but its end follows.
const CLAUSE_START = /[:;(.!?](?=[^:;(.!?]*$)/u;
const ENDS_CLAUSE = /^\s*(?:$|[);.]|,\s*(?:và|v\.v\.))/u;
const AN_ARCHIVE_LINE = /^\s*[-–+]?\s*Lưu\s*:/iu;
const ENDS_ON_WORD_OR_COMMA = new RegExp(`[${LETTER},]\\s*$`, 'u');

function closesEnumeration(text: string, start: number, end: number): boolean {
  if (AN_ARCHIVE_LINE.test(text)) return false; // "Lưu: VT, …": the drafting unit still to write
  if (!ENDS_CLAUSE.test(text.slice(end, end + 12))) return false;
  // Looking back a sentence's length at most keeps a line of many blanks linear.
  const before = text.slice(Math.max(0, start - 300), start);
  const cut = CLAUSE_START.exec(before);
  const clause = cut ? before.slice(cut.index + 1) : before;
  return /,/.test(clause) && ENDS_ON_WORD_OR_COMMA.test(clause) && HAS_LETTER.test(clause);
}
const HAS_BLANK_CHAR = /…|\.{2,}|_{2,}/u;

/** The first blank in a line of text, as printed, or null when the line has none. */
export function findPlaceholder(text: string): string | null {
  const bracket = BRACKETED.exec(text);
  if (bracket) return bracket[0];
  const date = DATE_WITH_BLANK.exec(text);
  if (date && HAS_BLANK_CHAR.test(date[0])) return date[0].trim();
  const spelled = SPELLED_DATE_BLANK.exec(text);
  if (spelled) return spelled[0];
  STANDALONE_BLANK.lastIndex = 0;
  for (let m = STANDALONE_BLANK.exec(text); m; m = STANDALONE_BLANK.exec(text)) {
    const end = m.index + m[0].length;
    if (!closesEnumeration(text, end - m[1].length, end)) return m[1];
  }
  return null;
}

/** A field value that is nothing but a blank ("…", "[…]", "....;", "[tên đơn vị]", ""). */
export function isPlaceholderValue(value: string | null | undefined): boolean {
  if (value == null) return true;
  const v = value.trim();
  if (/^[\s.…_\-–()[\];,:]*$/u.test(v)) return true;
  return /^\[[^\]]*\][;,.]?$/u.test(v);
}
