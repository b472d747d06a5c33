/**
 * The body as an outline: Roman-numeral sections, and inside them items marked "1.", "1.1.", "a)",
 * "-", "+". Nesting follows the marker, not the indent (plain text has none): a marker of a
 * deeper kind opens a child, one of the same or a shallower kind closes items up to its level.
 * Field lines ("Cơ quan chủ trì: …") are not items: they belong to the item above them.
 */
import { isMostlyUpper } from '../text/fold';
import { romanToNumber } from '../text/roman';
import { lastParagraphOf, type PlanLine } from './lines';
import type { Item, Section, TaskField } from './model';
import { sectionKind, sectionKinds } from './sectionKind';
import { cleanValue, readFieldLine, readInlineLead, type LabelHit } from './taskFields';
import { readUnitHeading } from './unitHeading';
import { MARK, STARTS_UPPER, UPPER } from '../text/letters';

/** Marker kinds in nesting order: "1." < "1.1." < "1.1.1." < "a)" < "-" < "+". */
type MarkerKind = 'arabic' | 'letter' | 'dash' | 'plus' | 'bullet';

interface Marker {
  kind: MarkerKind;
  /** Rank in the nesting order: lower ranks contain higher ones. */
  rank: number;
  /** As printed (`3.1.`, `a)`, `-`). */
  printed: string;
  /** Path segment (`3.1`, `a`) or null for bullets, numbered by position. */
  label: string | null;
  /** Length of the marker and the space after it. */
  length: number;
}

const NESTED = /^(\d{1,2}(?:\.\d{1,2})+)\.?(?=\s|$)\s*/;
const ARABIC = /^(\d{1,2})\s*[.)](?![\d])\s*/;
const LETTER = new RegExp(String.raw`^([a-zđA-ZĐ])\s*\)\s*|^([a-zđ])\.\s+(?=[${UPPER}])`, 'u');
const DASH = /^[-–—‐]\s*/;
const PLUS = /^\+\s*/;
const BULLET = /^[•·●○▪*]\s*/;

function readMarker(text: string): Marker | null {
  // Most lines start with a word: look at the first characters before trying the patterns.
  const c0 = text.charCodeAt(0);
  const c1 = text.charCodeAt(1);
  const digit = c0 >= 48 && c0 <= 57;
  const point = c1 === 41 || c1 === 46 || c1 === 32; // ")", ".", " " after a single letter
  if (!digit && !point && !MARK_CHARS.has(c0)) return null;
  let m = NESTED.exec(text);
  if (m) return { kind: 'arabic', rank: m[1].split('.').length, printed: m[0].trim(), label: m[1], length: m[0].length };
  m = ARABIC.exec(text);
  if (m && text.length > m[0].length) return { kind: 'arabic', rank: 1, printed: m[0].trim(), label: m[1], length: m[0].length };
  m = LETTER.exec(text);
  if (m) return { kind: 'letter', rank: 20, printed: m[0].trim(), label: (m[1] ?? m[2]).toLowerCase(), length: m[0].length };
  m = DASH.exec(text);
  if (m && text.length > m[0].length) return { kind: 'dash', rank: 30, printed: '-', label: null, length: m[0].length };
  m = PLUS.exec(text);
  if (m) return { kind: 'plus', rank: 31, printed: '+', label: null, length: m[0].length };
  m = BULLET.exec(text);
  if (m && text.length > m[0].length) return { kind: 'bullet', rank: 32, printed: m[0].trim(), label: null, length: m[0].length };
  return null;
}

// "I.", "I:", "I)", "I -", "I/ " (a slash only before a space: "V/V …" is not section V).
const SECTION = /^([IVXLivxl]{1,6})\s*(?:[.:)–-]|\/(?=\s))\s*(\S.*)$/;
// "V TỔ CHỨC THỰC HIỆN": the full stop lost in a copy; only before a title in capitals.
// A line that opens like a marker of its own ("1.", "a)", "II.", "Đ/c").
const MARKER_LIKE = new RegExp(String.raw`^[${UPPER}\d]{1,4}\s*[.):/-]`, 'u');
const SECTION_NO_MARK = new RegExp(String.raw`^([IVX]{1,5})\s+([${UPPER}][${UPPER}${MARK}\s,\-–:]{3,}[${UPPER}])$`, 'u');
const ARABIC_HEADING = /^(\d{1,2})\.\s+(\S.*)$/;
// First characters of a dash, plus or bullet marker: - – — ‐ + * • · ● ○ ▪
const MARK_CHARS = new Set([45, 0x2013, 0x2014, 0x2010, 43, 42, 0x2022, 0xb7, 0x25cf, 0x25cb, 0x25aa]);
const ROMAN_START = /^[IVXLivxl]/;
const PART_WORD = /^(?:Phần|PHẦN)\s+(?=[IVXL]{1,6}\s*[.:)–\-/])/u;
const NUMERAL_ALONE = /^([IVXL]{1,6})\s*[.:)–-]?$/;
// "PHẦN THỨ NHẤT", "Phần thứ hai: KẾ HOẠCH NĂM 2026": a part break; section numbering starts again at I in each part.
const PART_BREAK = /^phan\s+thu\s+(nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)\b/;
const PART_ORDINAL = ['nhat', 'hai', 'ba', 'tu', 'nam', 'sau', 'bay', 'tam', 'chin', 'muoi'];

/**
 * "III. NHIỆM VỤ, GIẢI PHÁP" → numeral and title; body sentences that happen to start with "I." are not.
 * A Roman-numeral heading. A title in normal case counts when it names a known kind, or, with
 * `expected`, when its numeral is the one that comes next ("I. Đặc điểm tình hình" opening the body).
 */
export function readSectionHeading(text: string, expected?: number): { numeral: string; title: string } | null {
  // "Phần I. MỤC ĐÍCH, YÊU CẦU": the word "Phần" before the numeral names the same section I.
  if (PART_WORD.test(text)) text = text.replace(PART_WORD, '');
  if (!ROMAN_START.test(text)) return null;
  let m = SECTION.exec(text);
  if (!m) {
    // Without its full stop, only a title we know: "VI PHẠM PHÁP LUẬT", "XI MĂNG" are words, not sections.
    m = SECTION_NO_MARK.exec(text);
    if (m && sectionKind(m[2]) === 'other') return null;
  }
  if (!m || romanToNumber(m[1]) === null) return null;
  const title = m[2].trim();
  const upperTitle = isMostlyUpper(title);
  // "i)", "v)", "x)" are point letters, not numerals: a lower-case numeral or one closed by ")" needs a title in capitals.
  if ((m[1] !== m[1].toUpperCase() || /^\S+\s*\)/.test(text)) && !upperTitle) return null;
  const headingLike = title.length < 120 && !/[.;:,]$/.test(title) && STARTS_UPPER.test(title);
  if (upperTitle || (headingLike && (sectionKind(title) !== 'other' || romanToNumber(m[1]) === expected))) return { numeral: m[1], title };
  return null;
}

/**
 * A long heading in capitals whose title a PDF copy wrapped onto the next line ("II. NHIỆM VỤ, GIẢI
 * PHÁP VÀ PHÂN CÔNG TỔ CHỨC" / "THỰC HIỆN"): a shorter line in capitals that no marker opens.
 */
function wrappedTitle(line: PlanLine, next: PlanLine | undefined, skip?: Set<PlanLine>): boolean {
  // Only a line near the width of a page breaks; a subheading that names a part ("MỤC TIÊU CHUNG") is not a wrap.
  if (!next || next.cell || line.cell || skip?.has(next) || line.text.length < 55 || next.text.length >= line.text.length) return false;
  if (sectionKind(next.text) !== 'other') return false;
  if (!isMostlyUpper(line.text) || !isMostlyUpper(next.text) || /[.:;,]$/.test(line.text)) return false;
  return !readMarker(next.text) && !MARKER_LIKE.test(next.text) && !/^(?:STT|TT)$/u.test(next.text);
}

/** An item of the outline with what the task reader needs. */
export interface OutlineItem extends Item {
  children: OutlineItem[];
  kind: MarkerKind;
  rank: number;
  /** Fields from label lines and content controls, in document order. */
  labels: (LabelHit & { paragraph: number; source: TaskField['source']; below?: OutlineItem })[];
  /** The inline "X chủ trì, phối hợp với Y" form, when the item uses it. */
  inline: { lead: string; cooperating: string; paragraph: number } | null;
  /** The unit its heading names ("2.1. Sở Tài chính"), or an unmarked "Giao Sở Nội vụ:" line above it: the lead of the tasks under it. */
  unit?: { name: string; paragraph: number };
}

export interface OutlineSection extends Section {
  items: OutlineItem[];
  /** A top-level "3. NỘI DUNG" heading of a plan with no Roman numerals: read for tasks, not listed as a section. */
  pseudo?: boolean;
}

const CONTROL_KIND: Record<string, LabelHit['kind']> = { 'kh:lead': 'lead', 'kh:cooperating': 'cooperating', 'kh:timing': 'timing' };

const NONE: LabelHit[] = [];

/** Fields a content control gives: the value is the text after the label, or the whole text. */
function controlFields(line: PlanLine): LabelHit[] {
  if (line.tags.length === 0) return NONE;
  const out: LabelHit[] = [];
  for (const tag of line.tags) {
    const kind = CONTROL_KIND[tag];
    if (!kind) continue;
    const labelled = readFieldLine(line).find((h) => h.kind === kind || (kind === 'lead' && h.kind === 'executing'));
    const colon = line.text.indexOf(':');
    out.push({ kind, label: labelled?.label ?? tag, value: labelled ? labelled.value : cleanValue(colon >= 0 && colon < 40 ? line.text.slice(colon + 1) : line.text) });
  }
  return out;
}

/** "3. NỘI DUNG HOẠT ĐỘNG": how a plan without Roman numerals heads its parts. */
export function readArabicHeading(text: string): { numeral: string; title: string } | null {
  const m = ARABIC_HEADING.exec(text);
  return m && isMostlyUpper(m[2]) && m[2].length < 150 ? { numeral: m[1], title: m[2].trim() } : null;
}

/** Sections and their items, from the body lines (section I up to Nơi nhận or the signature). */
export function readOutline(lines: PlanLine[], skip?: Set<PlanLine>, arabicSections = false): OutlineSection[] {
  const sections: OutlineSection[] = [];
  let section: OutlineSection | null = null;
  const stack: OutlineItem[] = [];
  const bulletCount = new Map<object, Map<string, number>>();
  // The bullet opened last under the current numbered item: an unmarked field line may be its own.
  let lastBullet: OutlineItem | undefined;
  // An unmarked "Giao Sở Nội vụ:" line: the unit of the items opened after it under the same parent.
  let intro: { name: string; paragraph: number; parent: OutlineItem | null; section: OutlineSection } | null = null;
  // Parts met so far ("Phần thứ nhất", "Phần thứ hai"); 0 in a plan without parts.
  let part = 0;

  const close = (paragraph: number) => {
    for (const item of stack) item.endParagraph = Math.max(item.endParagraph, paragraph);
    if (section) section.endParagraph = Math.max(section.endParagraph, paragraph);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (skip?.has(line)) continue;
    const next: number = section && !section.pseudo ? (romanToNumber(section.numeral) ?? 0) + 1 : 1;
    let heading: { numeral: string; title: string; pseudo?: boolean } | null = line.cell ? null : readSectionHeading(line.text, next);
    if (!heading && arabicSections && !line.cell) {
      const arabic = readArabicHeading(line.text);
      if (arabic) heading = { ...arabic, pseudo: true };
    }
    // "I." on a line of its own, the title on the next.
    const alone: RegExpExecArray | null = !heading && !line.cell ? NUMERAL_ALONE.exec(line.text) : null;
    // The title may be in normal case ("II." / "Nhiệm vụ và giải pháp") when it reads as a heading on one line.
    const titleBelow = alone && i + 1 < lines.length && !readMarker(lines[i + 1].text) && (isMostlyUpper(lines[i + 1].text) || readSectionHeading(`${alone[1]}. ${lines[i + 1].text}`, next) !== null);
    if (alone && romanToNumber(alone[1]) !== null && titleBelow) {
      heading = { numeral: alone[1], title: lines[++i].text };
    }
    if (heading && !heading.pseudo && wrappedTitle(line, lines[i + 1], skip)) heading = { ...heading, title: `${heading.title} ${lines[++i].text}` };
    const partBreak = !heading && !line.cell ? PART_BREAK.exec(line.fold) : null;
    if (partBreak) {
      // The part's own title lines belong to no section.
      part = PART_ORDINAL.indexOf(partBreak[1]) + 1;
      section = null;
      stack.length = 0;
      lastBullet = undefined;
      continue;
    }
    if (heading) {
      const kinds = sectionKinds(heading.title);
      section = { numeral: heading.numeral, title: heading.title, kind: kinds[0], kinds, paragraph: line.paragraph, endParagraph: line.paragraph, items: [] };
      if (heading.pseudo) section.pseudo = true;
      if (part > 0) section.part = part;
      sections.push(section);
      stack.length = 0;
      lastBullet = undefined;
      continue;
    }
    if (!section) continue;
    const marker = readMarker(line.text);
    const controls = controlFields(line);
    const fields = controls.length ? controls : readFieldLine(line);
    if (fields.length) {
      // A field belongs to the item its marker's level is under; an unmarked field to the nearest
      // numbered item (bullets above it are that item's activities), or to a bullet when none is numbered.
      const numbered = stack.some((it) => it.rank < 30);
      const rank = marker ? marker.rank : numbered ? 30 : Infinity;
      // The bullet the field line follows, in case every bullet turns out to carry its own fields.
      const below = marker ? undefined : lastBullet;
      while (stack.length && stack[stack.length - 1].rank >= rank) stack.pop();
      close(lastParagraphOf(line));
      const owner = stack[stack.length - 1];
      if (owner) for (const h of fields) owner.labels.push({ ...h, paragraph: line.paragraph, source: controls.length ? 'control' : 'label', below });
      continue;
    }
    if (!marker) {
      close(lastParagraphOf(line));
      const owner = stack[stack.length - 1];
      if (/:\s*$/.test(line.text)) {
        const unit = readUnitHeading(line.text);
        intro = unit && !unit.rest ? { name: unit.unit, paragraph: line.paragraph, parent: owner ?? null, section } : null;
      }
      if (owner && !owner.inline) {
        const inline = readInlineLead(line);
        if (inline) owner.inline = { ...inline, paragraph: line.paragraph };
      }
      continue;
    }
    while (stack.length && stack[stack.length - 1].rank >= marker.rank) stack.pop();
    close(lastParagraphOf(line));
    const parent = stack[stack.length - 1] ?? null;
    const siblings = parent ? parent.children : section.items;
    let label = marker.label;
    if (label === null) {
      const counts = bulletCount.get(siblings) ?? new Map<string, number>();
      bulletCount.set(siblings, counts);
      const n = (counts.get(marker.printed) ?? 0) + 1;
      counts.set(marker.printed, n);
      label = `${marker.printed}${n}`;
    }
    const base = parent ? parent.path : section.numeral;
    // "3.1." carries its whole number: its path is the section's plus that number.
    // Under a "3." heading with no Roman numeral, "3.1." is its own path.
    const path = marker.kind === 'arabic' && marker.rank > 1 ? (section.pseudo ? label : `${section.numeral}.${label}`) : `${base}.${label}`;
    const title = line.text.slice(marker.length).trim();
    const item: OutlineItem = {
      path, marker: marker.printed, title, paragraph: line.paragraph, endParagraph: lastParagraphOf(line), children: [],
      kind: marker.kind, rank: marker.rank, labels: [], inline: null,
    };
    if (line.fold.includes('chu tri')) {
      const inline = readInlineLead({ ...line, text: title, fold: line.fold.slice(marker.length) });
      if (inline) item.inline = { ...inline, paragraph: line.paragraph };
    }
    const unit = item.inline ? null : readUnitHeading(title);
    if (unit) item.unit = { name: unit.unit, paragraph: line.paragraph };
    else if (intro && intro.section === section && intro.parent === parent) item.unit = { name: intro.name, paragraph: intro.paragraph };
    siblings.push(item);
    stack.push(item);
    lastBullet = item.rank >= 30 ? item : undefined;
  }
  for (const section of sections) handFieldsToBullets(section.items);
  // "Phần thứ nhất" printed before the body starts: the sections before "Phần thứ hai" are its.
  const firstPart = sections.find((x) => x.part)?.part;
  if (firstPart && firstPart > 1) for (const x of sections) if (!x.part) x.part = firstPart - 1;
  return sections;
}

/**
 * "1. Nhóm / - Việc A / Chủ trì: X / - Việc B / Chủ trì: Y": fields follow each bullet, not the
 * group. Seen only once the same field comes twice after different bullets; then each goes down.
 */
function handFieldsToBullets(items: OutlineItem[]): void {
  for (const item of items) {
    if (item.labels.length > 1 && item.labels.some((h) => h.below) && sameFieldUnderTwoBullets(item)) {
      const stay: OutlineItem['labels'] = [];
      for (const h of item.labels) (h.below ? h.below.labels : stay).push(h);
      item.labels = stay;
    }
    if (item.children.length) handFieldsToBullets(item.children);
  }
}

function sameFieldUnderTwoBullets(item: OutlineItem): boolean {
  const first = new Map<string, OutlineItem>();
  for (const h of item.labels) {
    if (!h.below) continue;
    const seen = first.get(h.kind);
    if (seen && seen !== h.below) return true;
    first.set(h.kind, h.below);
  }
  return false;
}
