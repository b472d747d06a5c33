import type { Rule, RuleHit } from '../../types';
import type { Item, Section } from '../../../plan/model';
import type { DocumentSnapshot } from '../../../snapshot';
import { numberToRoman, romanToNumber } from '../../../text/roman';
import { POINT_LETTERS, pointLetterPosition } from '../../../text/pointLetters';
import { paragraphsBetween } from '../../support/paragraphs';

/**
 * NĐ 30 Phụ lục I II.6đ: mục in Roman numerals from I, khoản "1.", điểm "a)" in Vietnamese
 * alphabet order; in a plan printed in parts ("Phần thứ nhất", "Phần thứ hai"), mục start at I in each part. Flags sections duplicated, skipped, out of order or not starting at I; khoản
 * and điểm duplicated, skipped or not starting at 1 / a; and điểm written "a." instead of "a)".
 */
export const sectionNumbering: Rule = {
  id: 'section-numbering',
  appliesTo: 'any',
  family: 'structure',
  severity: 'error',
  title: { vi: 'Đánh số mục, khoản, điểm sai', en: 'Wrong section numbering' },
  message: { vi: 'Đánh số mục, khoản, điểm chưa đúng', en: 'Section numbering is wrong' },
  variants: {
    start: { vi: 'Mục đầu tiên đánh số {numeral}; các mục phải bắt đầu từ I', en: 'The first section is numbered {numeral}; sections start at I' },
    duplicate: { vi: 'Hai mục cùng đánh số {numeral} (mục trước ở đoạn {first})', en: 'Two sections are numbered {numeral} (the first at paragraph {first})' },
    skipped: { vi: 'Đánh số mục bị nhảy: sau mục {prev} là mục {numeral} (thiếu mục {missing})', en: 'Section numbering skips: {numeral} follows {prev} ({missing} is missing)' },
    order: { vi: 'Mục {numeral} đứng sau mục {prev}: thứ tự đánh số sai', en: 'Section {numeral} comes after {prev}: wrong order' },
    'item-duplicate': { vi: 'Trong {where}, hai khoản/điểm cùng đánh số "{marker}"', en: 'In {where}, two items are numbered "{marker}"' },
    'item-skipped': { vi: 'Trong {where}, sau "{prev}" là "{marker}" (thiếu "{missing}")', en: 'In {where}, "{marker}" follows "{prev}" ("{missing}" is missing)' },
    'item-start': { vi: 'Trong {where}, khoản/điểm đầu tiên là "{marker}", phải bắt đầu từ "{expected}"', en: 'In {where}, the first item is "{marker}"; it should be "{expected}"' },
    'item-order': { vi: 'Trong {where}, "{marker}" đứng sau "{prev}": thứ tự đánh số sai', en: 'In {where}, "{marker}" comes after "{prev}": wrong order' },
    'point-dot': { vi: 'Điểm viết "{marker}", theo NĐ 30 phải viết "{expected}"', en: 'Point written "{marker}"; NĐ 30 wants "{expected}"' },
    'point-letter': { vi: 'Chữ "{letter}" không dùng để đánh số điểm (thứ tự: a, b, c, d, đ, e, g, h, i, k…)', en: '"{letter}" is not a Vietnamese point letter (a, b, c, d, đ, e, g, h, i, k…)' },
  },
  source: 'NĐ 30/2020/NĐ-CP Phụ lục I, II.6đ',
  check({ plan, snapshot }) {
    return [...checkSections(plan.sections), ...plan.sections.flatMap((s) => checkItems(s, snapshot))];
  },
};

function checkSections(sections: Section[]): RuleHit[] {
  const hits: RuleHit[] = [];
  const seen = new Map<number, number>();
  let prev: number | null = null;
  let prevNumeral = '';
  let part = sections[0]?.part;
  for (const s of sections) {
    const n = romanToNumber(s.numeral);
    if (n === null) continue;
    // "Phần thứ hai" starts its sections again at I.
    if (s.part !== part) {
      part = s.part;
      prev = null;
      seen.clear();
    }
    if (prev === null && n !== 1) hits.push({ paragraph: s.paragraph, variant: 'start', args: { numeral: s.numeral } });
    else if (prev !== null && n === prev) hits.push({ paragraph: s.paragraph, variant: 'duplicate', args: { numeral: s.numeral, first: seen.get(n) ?? s.paragraph } });
    else if (prev !== null && n > prev + 1) {
      const missing = Array.from({ length: n - prev - 1 }, (_, i) => numberToRoman(prev! + 1 + i)).join(', ');
      hits.push({ paragraph: s.paragraph, variant: 'skipped', args: { numeral: s.numeral, prev: prevNumeral, missing } });
    } else if (prev !== null && n < prev) {
      hits.push({ paragraph: s.paragraph, variant: seen.has(n) ? 'duplicate' : 'order', args: { numeral: s.numeral, prev: prevNumeral, first: seen.get(n) ?? s.paragraph } });
    }
    if (!seen.has(n)) seen.set(n, s.paragraph);
    prev = n;
    prevNumeral = s.numeral;
  }
  return hits;
}

type Marker = { kind: string; value: number; letter?: string; dotted?: boolean };

const ARABIC = /^(\d+(?:\.\d+)*)\.?$/u;
const POINT = /^([a-zđ])([.)])$/iu;

function classify(marker: string): Marker | null {
  const a = ARABIC.exec(marker.trim());
  if (a) {
    const parts = a[1].split('.');
    return { kind: `arabic-${parts.length}`, value: Number(parts[parts.length - 1]) };
  }
  const p = POINT.exec(marker.trim());
  if (p) {
    const letter = p[1].toLowerCase();
    return { kind: 'point', value: pointLetterPosition(letter) ?? -1, letter, dotted: p[2] === '.' };
  }
  return null;
}

function show(m: Marker, value: number): string {
  if (m.kind === 'point') return `${POINT_LETTERS[value] ?? '?'})`;
  return `${value}.`;
}

/** One pass over each list of siblings, then their children. */
function checkItems(section: Section, snapshot: DocumentSnapshot): RuleHit[] {
  const hits: RuleHit[] = [];
  const dotted = new Set<number>();
  const walk = (items: Item[], where: string) => {
    const last = new Map<string, { m: Marker; marker: string }>();
    for (const item of items) {
      const m = classify(item.marker);
      if (m) {
        if (m.kind === 'point' && m.dotted) {
          dotted.add(item.paragraph);
          hits.push({ paragraph: item.paragraph, variant: 'point-dot', args: { marker: item.marker, expected: `${m.letter})` } });
        }
        if (m.kind === 'point' && m.value < 0) {
          hits.push({ paragraph: item.paragraph, variant: 'point-letter', args: { letter: m.letter ?? item.marker } });
        } else {
          const before = last.get(m.kind);
          const first = m.kind === 'point' ? 0 : 1;
          if (!before && m.value !== first) hits.push({ paragraph: item.paragraph, variant: 'item-start', args: { where, marker: item.marker, expected: show(m, first) } });
          else if (before && m.value === before.m.value) hits.push({ paragraph: item.paragraph, variant: 'item-duplicate', args: { where, marker: item.marker } });
          else if (before && m.value > before.m.value + 1) hits.push({ paragraph: item.paragraph, variant: 'item-skipped', args: { where, marker: item.marker, prev: before.marker, missing: show(m, before.m.value + 1) } });
          else if (before && m.value < before.m.value) hits.push({ paragraph: item.paragraph, variant: 'item-order', args: { where, marker: item.marker, prev: before.marker } });
          last.set(m.kind, { m, marker: item.marker });
        }
      }
      if (item.children.length > 0) walk(item.children, describe(section, item));
    }
  };
  walk(section.items, `mục ${section.numeral}`);
  // The reader may not take "a." for an item at all: find such lines in the section's text too.
  for (const p of paragraphsBetween(snapshot, section.paragraph + 1, section.endParagraph)) {
    if (dotted.has(p.index)) continue;
    const m = /^\s*([a-zđ])\.\s+\S/u.exec(p.text);
    if (m && !/^\s*[a-zđ]\.[a-zđ]/iu.test(p.text)) hits.push({ paragraph: p.index, variant: 'point-dot', args: { marker: `${m[1]}.`, expected: `${m[1]})` } });
  }
  return hits;
}

function describe(section: Section, item: Item): string {
  const tail = item.path.startsWith(`${section.numeral}.`) ? item.path : `${section.numeral}.${item.marker.replace(/[.)]$/u, '')}`;
  return `${/^\d/.test(item.marker) ? 'khoản' : 'mục'} ${tail}`;
}
