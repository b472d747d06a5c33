import type { DocumentSnapshot } from '../../../snapshot';
import type { Rule, RuleHit } from '../../types';
import { isMostlyUpper } from '../../../text/fold';
import { toNewTonePlacement } from '../../../text/tonePlacement';
import { replaceFix } from '../../support/replaceFix';
import { officialNames } from '../../../catalog/officialNames';
import { STARTS_UPPER, WORDS } from '../../../text/letters';

interface Name {
  words: string[];
  folded: string[];
  text: string;
}

/** The names as words, longest first ("Ủy ban Mặt trận Tổ quốc Việt Nam" before "Mặt trận Tổ quốc"); a one-word name has no near miss. */
function namesOf(list: readonly string[]): Name[] {
  return list
    .map((text) => {
      const words = toNewTonePlacement(text).match(WORDS) ?? [];
      return { text, words, folded: words.map((w) => w.toLowerCase()) };
    })
    .filter((n) => n.words.length >= 2)
    .sort((a, b) => b.words.length - a.words.length);
}

interface Word {
  text: string;
  /** Lower case, new tone placement: "Uỷ" and "ủy" are one word, "sở" and "số" are not. */
  folded: string;
  start: number;
  end: number;
}

type Miss = { kind: 'case' | 'dropped' | 'doubled'; length: number };

/** How the text words from `i` miss `name`, or null when they are the name or not near it. */
function nearMiss(words: Word[], i: number, name: Name): Miss | null {
  const n = name.words.length;
  const at = (k: number) => words[i + k]?.folded;
  // One word doubled ("Ủy ban nhân dân dân").
  for (let d = 1; d < n; d++) {
    const doubled = [...name.folded.slice(0, d + 1), ...name.folded.slice(d)];
    if (doubled.every((f, k) => at(k) === f)) return { kind: 'doubled', length: n + 1 };
  }
  if (name.folded.every((f, k) => at(k) === f)) {
    // Same words: the capitals of the name's own words (the first one follows the sentence).
    const window = words.slice(i, i + n);
    // A name written as a name: its first word capitalised, not a line in capitals.
    if (!STARTS_UPPER.test(window[0].text) || isMostlyUpper(window.map((w) => w.text).join(' '))) return null;
    const differ = window.some((w, k) => k > 0 && toNewTonePlacement(w.text) !== name.words[k] && toNewTonePlacement(w.text).toLowerCase() === name.words[k].toLowerCase());
    return differ ? { kind: 'case', length: n } : null;
  }
  if (n >= 4) {
    // One word dropped after the second ("Ủy ban nhân tỉnh"): the rest in order, the dropped one absent.
    for (let d = 2; d < n; d++) {
      const rest = name.folded.filter((_, k) => k !== d);
      if (rest.every((f, k) => at(k) === f) && at(n - 1) !== name.folded[d] && !(d === n - 1 && at(n - 1) === undefined)) return { kind: 'dropped', length: n - 1 };
    }
  }
  return null;
}

/** Every near miss of one of `names` in the document, with its fix. */
function nearMisses(snapshot: DocumentSnapshot, names: Name[]): RuleHit[] {
  // The names by their first word, longest first as given: most words of a plan open none.
  const byFirst = new Map<string, Name[]>();
  for (const name of names) byFirst.set(name.folded[0], [...(byFirst.get(name.folded[0]) ?? []), name]);
  const hits: RuleHit[] = [];
  for (const p of snapshot.paragraphs) {
    // The tone placement moved once for the paragraph (it keeps every length), not once for each word.
    const newStyle = toNewTonePlacement(p.text);
    const words: Word[] = [...p.text.matchAll(WORDS)].map((m) => ({ text: m[0], folded: newStyle.slice(m.index, m.index + m[0].length).toLowerCase(), start: m.index, end: m.index + m[0].length }));
    let covered = -1;
    for (let i = 0; i < words.length; i++) {
      if (i <= covered) continue;
      for (const name of byFirst.get(words[i].folded) ?? []) {
        const miss = nearMiss(words, i, name);
        if (!miss) continue;
        const last = words[i + miss.length - 1];
        const found = p.text.slice(words[i].start, last.end);
        // Words of one name are separated by spaces (or the name's own comma, hyphen): "Sở, Xây dựng" is two things.
        const separators = found.replace(WORDS, '').replace(/\s+/g, '');
        if (separators && !name.text.includes(separators)) continue;
        const upper = isMostlyUpper(found);
        const first = words[i].text;
        const expected = upper ? name.text.toUpperCase() : first + name.text.slice(name.text.indexOf(' '));
        hits.push({
          paragraph: p.index,
          variant: miss.kind === 'case' ? 'case' : undefined,
          args: { found, expected },
          fix: replaceFix(p.index, p.text, words[i].start, found.length, expected, { vi: `Sửa thành "${expected}"`, en: `Change to "${expected}"` }),
        });
        covered = i + miss.length - 1;
        break;
      }
    }
  }
  return hits;
}

const DEFAULT_NAMES = namesOf(officialNames());

/**
 * Near misses of official names (`templates/catalog/names.yaml`): "Ủy ban nhân tỉnh", "Ủy ban nhân
 * dân dân", "Mặt trận Tổ Quốc", "Ban xây dựng Đảng". The fix writes the name as NĐ 30 does.
 * Either tone placement is the same name; text in capitals is only checked for missing or doubled words.
 */
export const officialName: Rule = {
  id: 'official-name',
  appliesTo: 'any',
  family: 'names',
  severity: 'error',
  title: { vi: 'Tên cơ quan, tổ chức viết sai', en: 'Official name misspelt' },
  message: {
    vi: 'Tên viết sai: "{found}", đúng là "{expected}"',
    en: 'Misspelt name: "{found}" should be "{expected}"',
  },
  variants: {
    case: {
      vi: 'Viết hoa chưa đúng: "{found}", đúng là "{expected}" (NĐ 30 Phụ lục II)',
      en: 'Capitalisation: "{found}" should be "{expected}" (NĐ 30 Phụ lục II)',
    },
  },
  source: 'NĐ 30/2020/NĐ-CP Phụ lục II (viết hoa tên cơ quan, tổ chức, văn bản); tên gọi theo văn bản thành lập',
  check: ({ snapshot }) => nearMisses(snapshot, DEFAULT_NAMES),
};

/** The rule on another list of names: a maintainer's edited names.yaml, read by `readNames`. */
export function officialNameRule(names: readonly string[]): Rule {
  const list = namesOf(names);
  return { ...officialName, check: ({ snapshot }) => nearMisses(snapshot, list) };
}
