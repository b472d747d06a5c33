import type { Plan, Reference } from '../../plan/model';
import type { ParentPlan } from '../../plan/parentPlan';
import { dateShort, parsePlanDate } from '../../text/dates';
import { kindName } from '../../text/documentKinds';
import { contentWords, overlap } from './words';

/** A date for a finding's message: `12/5/2026`, or as written when it is not a whole date. */
export function shownDate(iso: string | null | undefined): string {
  if (!iso) return '(không ghi)';
  const d = parsePlanDate(iso);
  return d?.day != null ? dateShort(d) : iso;
}

/** A document number split into its serial and its ký hiệu: `163/KH-UBND` → 163, `KH-UBND`; `14-KH/TU` → 14, `KH/TU`. */
export interface DocumentNumber {
  serial: number | null;
  symbol: string;
}

function parseDocumentNumber(printed: string): DocumentNumber {
  const compact = printed.normalize('NFC').replace(/\s+/g, '').toUpperCase();
  const m = /^(\d+)[/-](.+)$/.exec(compact);
  if (!m) return { serial: null, symbol: compact.replace(/^\//, '') };
  return { serial: Number(m[1]), symbol: m[2] };
}

/** Same document number: same serial (leading zeros aside) and same ký hiệu. */
function sameDocumentNumber(a: string, b: string): boolean {
  const x = parseDocumentNumber(a);
  const y = parseDocumentNumber(b);
  return x.serial !== null && x.serial === y.serial && x.symbol === y.symbol;
}

/** A citation of the parent's type, by abbreviation or name ("KH", "Kế hoạch"); one with no type may be. */
function sameKind(refType: string | null, parentKind: string): boolean {
  if (!refType) return true;
  const cited = refType.toLowerCase();
  return [parentKind, kindName(parentKind)].some((w) => w.toLowerCase() === cited);
}

export interface ParentCitation {
  /** A reference with exactly the parent's number. */
  exact: Reference | null;
  /**
   * The first "Thực hiện/Triển khai" citation of a document of the parent's kind whose number is
   * almost the parent's: most likely the parent cited with a typo. Almost: same serial with
   * another ký hiệu; or same ký hiệu with a serial one keystroke away (163 → 136, 163 → 165)
   * or with the parent's own date. Every plan's ký hiệu is "KH-UBND", so that alone is not enough.
   */
  near: Reference | null;
}

const IMPLEMENTING_VERB = /^(thực hiện|triển khai)/iu;

export function findParentCitation(plan: Plan, parent: ParentPlan): ParentCitation {
  const exact = plan.references.find((r) => sameDocumentNumber(r.number, parent.number)) ?? null;
  if (exact) return { exact, near: null };
  const wanted = parseDocumentNumber(parent.number);
  const first = plan.references.find((r) => (!r.verb || IMPLEMENTING_VERB.test(r.verb)) && sameKind(r.type, parent.kind));
  if (!first) return { exact: null, near: null };
  const cited = parseDocumentNumber(first.number);
  const sameSerial = cited.serial !== null && cited.serial === wanted.serial;
  const closeSerial = cited.serial !== null && wanted.serial !== null && oneKeystrokeApart(String(cited.serial), String(wanted.serial));
  const almost = sameSerial || (cited.symbol === wanted.symbol && (closeSerial || (first.date != null && first.date === parent.date)));
  return { exact: null, near: almost ? first : null };
}

/** One digit changed, added, dropped, or two neighbours swapped. */
function oneKeystrokeApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bUBND\b/gu, 'Ủy ban nhân dân'],
  [/\bHĐND\b/gu, 'Hội đồng nhân dân'],
  [/\bTTg\b/gu, 'Thủ tướng Chính phủ'],
  [/\bTP\.\s*/gu, 'thành phố '],
];

function issuerWords(issuer: string): Set<string> {
  let text = issuer;
  for (const [re, full] of ABBREVIATIONS) text = text.replace(re, full);
  const words = contentWords(text);
  // A plan of a UBND is signed for the committee by its Chủ tịch; plans cite either.
  words.delete('chu');
  words.delete('tich');
  return words;
}

/**
 * Whether a citation's issuer names the parent's issuer: the cited words are all in the issuer's
 * full or short name ("UBND tỉnh" for "Ủy ban nhân dân tỉnh Bắc Ninh"), or the full name is all
 * in the citation; abbreviations, tone marks and "Chủ tịch" aside.
 */
export function issuersAgree(cited: string, parent: ParentPlan): boolean {
  const a = issuerWords(cited);
  if (a.size === 0) return true;
  const full = issuerWords(parent.issuer);
  if (overlap(a, full) === 1 || overlap(full, a) === 1) return true;
  return parent.issuerShort ? overlap(a, issuerWords(parent.issuerShort)) === 1 : false;
}

const KIND_EN: Record<string, string> = { KH: 'Plan', QĐ: 'Decision', CT: 'Directive', CTr: 'Programme', NQ: 'Resolution' };

/** The parent's document type as messages name it: `Kế hoạch`/`Plan`, `Quyết định`/`Decision`. */
export function parentKind(parent: ParentPlan): { kind: string; kindEn: string } {
  return { kind: kindName(parent.kind), kindEn: KIND_EN[parent.kind] ?? parent.kind };
}

/**
 * The parent plan the pane should offer first for this document: the one it is linked to, else the
 * first of `known` it cites by exact number; null when it names none the pane knows.
 */
export function knownParentOf(plan: Plan, link: { id?: string | null; number: string } | null, known: readonly ParentPlan[]): ParentPlan | null {
  if (link) {
    const linked = known.find((p) => (link.id && p.id === link.id) || sameDocumentNumber(p.number, link.number));
    if (linked) return linked;
  }
  for (const ref of plan.references) {
    const cited = known.find((p) => sameDocumentNumber(p.number, ref.number));
    if (cited) return cited;
  }
  return null;
}
