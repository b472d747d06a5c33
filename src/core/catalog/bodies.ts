/**
 * The catalog of Vietnamese public bodies (`templates/catalog/bodies.yaml`): which words name a
 * body, of what kind and at what level. Patterns are by kind ("Sở {Tên}", "Công an {tỉnh}"), not
 * a list of names, so a body the catalog has never seen is still recognised; a reviewer extends
 * the YAML, not this code.
 *
 *   matchBody("Sở Tài chính chủ trì …")  → { name: "Sở Tài chính", kind: "so", level: "tinh", role: "agency" }
 *   findBodies("… Công an tỉnh, UBND các xã …") → every body named, with where it stands
 *
 * Matching runs on a "cased fold" of the text (marks removed, capitals kept, one character per
 * character of the NFC input): fixed words match in any case and with any tone placement, while
 * `{Tên}` reads capitals to tell where a proper name ends ("Sở Tài chính | chủ trì").
 */
import { fold } from '../text/fold';
import type { UnitRole } from './unitRegistry';
import { BODIES_DATA } from './generated/bodies';

export type BodyLevel = 'trung-uong' | 'tinh' | 'xa' | 'van-phong-ubnd-tinh' | 'chung';
/** A body's role is a unit's: agency, group, front, mass, party. */
export type BodyRole = UnitRole;

export const BODY_LEVELS: readonly BodyLevel[] = ['trung-uong', 'tinh', 'xa', 'van-phong-ubnd-tinh', 'chung'];

/** A body named in a text. */
export interface Body {
  /** The words as printed: "Sở Tài chính", "UBND các xã, phường". */
  name: string;
  /** Its kind in the catalog: `so`, `cong-an`, `ubnd` … */
  kind: string;
  level: BodyLevel;
  /** agency: can be assigned work; front / mass / party: asked ("Đề nghị"); group: units in general. */
  role: BodyRole;
}

/** A body found inside a longer text. */
export interface BodyHit extends Body {
  /** Offset of the name in the text, and its length. */
  index: number;
  length: number;
}

interface Entry {
  kind: string;
  level: BodyLevel;
  role: BodyRole;
  /** Patterns as written, the words each reading opens with (see leadWords), and their sticky regex over the cased fold once needed. */
  patterns: { source: string; heads: string[][]; re: RegExp | null }[];
}

export interface BodyCatalog {
  levels: Record<BodyLevel, string>;
  file: string;
  /** The body the text opens with (after a list marker and "Giao" / "Đề nghị"), or null. */
  match(text: string): Body | null;
  /** Every body the text names, left to right, without overlaps. */
  find(text: string): BodyHit[];
}

// Pieces of the pattern language, over the cased fold (letters a–z, capitals kept).
const CAP = '[A-Z][A-Za-z&]*';
const LOW = '[a-z]+';
// A word that opens another body: "Sở Tài chính, Sở Nội vụ" is two names, not one.
const HEAD = '(?:So|Bo|Ban|Cong|Uy|UBND|UB|Vien|Toa|Hoi|Phong|Trung|Van|Chi|Doan|Lien|Cuc|Tong|Thanh|Bao|Dai|Kho|Benh|Truong|Tram)(?![A-Za-z])';
const WORD_OF_NAME = `${CAP}(?:\\s+${LOW}(?=\\s|$|[,.;:)\\-–]))?`;
const PROPER_NAME = `${WORD_OF_NAME}(?:(?:\\s*,\\s*(?!${HEAD})|\\s*[-–]\\s*|\\s+[vV][aA]\\s+|\\s+)${WORD_OF_NAME})*`;
const PLACE_NAME = `${CAP}(?:(?:\\s*[-–]\\s*|\\s+)${CAP})*`;
const anyCase = (words: string) => words.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`).replace(/ /g, '\\s+');
const PROVINCE = `(?:${anyCase('tinh')}|${anyCase('thanh pho')}|TP\\.?)(?:\\s+${PLACE_NAME})?`;
const COMMUNE_WORD = `(?:${anyCase('xa')}|${anyCase('phuong')}|${anyCase('dac khu')}|${anyCase('thi tran')})`;
const COMMUNE = `(?:${anyCase('cac')}\\s+)?${COMMUNE_WORD}(?:\\s*,\\s*${COMMUNE_WORD})*(?:\\s+${PLACE_NAME})?`;
const SOME_WORDS = '\\S+(?:\\s+\\S+){0,7}?';

const PLACEHOLDERS: Record<string, string> = { '{Tên}': PROPER_NAME, '{tỉnh}': PROVINCE, '{xã}': COMMUNE, '{…}': SOME_WORDS };

/** A catalog pattern ("Công an {tỉnh}") as a sticky regex over the cased fold. */
export function compilePattern(pattern: string): RegExp {
  const parts = pattern.split(/(\{Tên\}|\{tỉnh\}|\{xã\}|\{…\})/u);
  let source = '';
  for (const part of parts) {
    if (part in PLACEHOLDERS) {
      source += PLACEHOLDERS[part];
      continue;
    }
    source += fold(part.normalize('NFC'))
      .replace(/[.+[\]^$\\{}]/g, '\\$&')
      .replace(/\(/g, '(?:')
      .replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`)
      .replace(/\s*-\s*/g, '\\s*[-–]\\s*')
      .replace(/\s*,\s*/g, '\\s*,\\s*')
      .replace(/ +/g, '\\s+');
  }
  return new RegExp(`${source}(?![A-Za-z0-9])`, 'y');
}

/** `fold(text)` with each capital of the text kept a capital: "Sở Tài chính" → "So Tai chinh". */
export function casedFold(text: string): string {
  const f = fold(text);
  let out = '';
  for (let i = 0; i < f.length; i++) {
    const c = text[i];
    out += c !== c.toLowerCase() ? f[i].toUpperCase() : f[i];
  }
  return out;
}

// What may stand before the name at the start of a heading: a list marker, then "Giao", "Đề nghị" …
const LEAD_IN = /^\s*(?:(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-z]\)|[ivx]{1,4}\.|[-–+•*])\s*)*(?:(?:giao(?:\s+cho)?|de nghi|yeu cau|thu truong|lanh dao)\s+)?/;

/** The catalog file's content once read and checked against its shape. */
export interface BodiesData {
  levels: Record<string, string>;
  bodies: { kind: string; level: BodyLevel; name: string; role?: BodyRole | null; patterns: string[] }[];
}

/**
 * The catalog from data already read and checked (the built-in one was, when it was generated).
 * `screen: false` tries every pattern wherever a body may start, for the tests that show the
 * screen never hides a body.
 */
export function bodiesFrom(y: BodiesData, file: string, options: { screen?: boolean } = {}): BodyCatalog {
  const screen = options.screen ?? true;
  const entries: Entry[] = y.bodies.map((b) => ({
    kind: b.kind,
    level: b.level,
    role: b.role ?? 'agency',
    patterns: b.patterns.map((source) => ({ source, heads: leadWords(source), re: null })),
  }));
  // First words of every pattern, folded: only positions where one starts are tried.
  const starts = new Set<string>();
  for (const entry of entries) for (const p of entry.patterns) for (const h of p.heads) if (h.length > 0) starts.add(h[0]);

  const longestAt = (cased: string, lower: string, at: number): { entry: Entry; end: number } | null => {
    let best: { entry: Entry; end: number } | null = null;
    for (const entry of entries) {
      for (const p of entry.patterns) {
        // A pattern is compiled and tried only where the words of one of its readings stand: each
        // regex costs V8 a compilation on first use, and four in five of those a plan needed never matched.
        if (screen && !p.heads.some((h) => wordsAt(lower, at, h))) continue;
        p.re ??= compilePattern(p.source);
        p.re.lastIndex = at;
        const m = p.re.exec(cased);
        if (m && m[0].length > 0 && (!best || at + m[0].length > best.end)) best = { entry, end: at + m[0].length };
      }
    }
    return best;
  };
  const body = (textOf: string, entry: Entry, from: number, end: number): Body => ({
    name: textOf.slice(from, end).replace(/[\s,;:.-]+$/u, ''),
    kind: entry.kind,
    level: entry.level,
    role: entry.role,
  });

  return {
    levels: y.levels as Record<BodyLevel, string>,
    file,
    match(raw) {
      const t = raw.normalize('NFC');
      const cased = casedFold(t);
      const lower = cased.toLowerCase();
      const lead = LEAD_IN.exec(lower);
      const at = lead ? lead[0].length : 0;
      const best = longestAt(cased, lower, at);
      return best ? body(t, best.entry, at, best.end) : null;
    },
    find(raw) {
      const t = raw.normalize('NFC');
      const cased = casedFold(t);
      const lower = cased.toLowerCase();
      const out: BodyHit[] = [];
      const word = /[a-z0-9]+/g;
      for (let m = word.exec(lower); m; m = word.exec(lower)) {
        if (!starts.has(m[0])) continue;
        const best = longestAt(cased, lower, m.index);
        if (!best) continue;
        const found = body(t, best.entry, m.index, best.end);
        out.push({ ...found, index: m.index, length: found.name.length });
        word.lastIndex = m.index + found.name.length;
      }
      return out;
    },
  };
}

/**
 * The folded words each reading of a pattern opens with, up to its first placeholder or repeated
 * group: "Phòng (Kinh tế|Văn hóa - Xã hội)( {xã})?" → [phong kinh te], [phong van hoa xa hoi].
 * A reading that opens with a placeholder gives [] (the pattern is tried wherever a body may start),
 * and so does a pattern of more than 64 readings.
 */
export function leadWords(pattern: string): string[][] {
  const out: string[][] = [];
  const visit = (text: string, words: string[]): void => {
    if (out.length > 64) return;
    const s = text.replace(/^[\s,.\-–]+/, '');
    const group = /^\(([^()]*(?:\([^()]*\)[^()]*)*)\)([?*])?/.exec(s);
    if (group) {
      // A group that may repeat ends the words that are sure to be there.
      if (group[2] === '*') return void out.push(words);
      const rest = s.slice(group[0].length);
      for (const alt of splitTop(group[1])) visit(alt + rest, words);
      if (group[2] === '?') visit(rest, words);
      return;
    }
    const word = /^[a-z0-9]+/.exec(s);
    // A word made optional ("ủy?") ends them too.
    if (word && !/^[?*]/.test(s.slice(word[0].length))) return visit(s.slice(word[0].length), [...words, word[0]]);
    out.push(words);
  };
  for (const reading of splitTop(fold(pattern.normalize('NFC')))) visit(reading, []);
  if (out.length > 64) return [[]];
  return [...new Map(out.map((w) => [w.join(' '), w])).values()];
}

const SEPARATOR = /[\s,.\-–]/;

/** Whether `words` stand in `lower` from `at` on, apart by what a pattern's words may be (spaces, hyphens, commas, dots). */
function wordsAt(lower: string, at: number, words: string[]): boolean {
  let pos = at;
  for (let i = 0; i < words.length; i++) {
    if (i > 0) while (pos < lower.length && SEPARATOR.test(lower[pos])) pos++;
    if (!lower.startsWith(words[i], pos)) return false;
    pos += words[i].length;
  }
  return true;
}

/** "a|b(c|d)" → ["a", "b(c|d)"]: alternatives at the top level of a group. */
function splitTop(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')') depth--;
    else if (s[i] === '|' && depth === 0) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  out.push(s.slice(from));
  return out;
}

let builtIn: BodyCatalog | null = null;

/**
 * The catalog shipped in templates/catalog/bodies.yaml, bundled as data read and checked when it
 * was generated (the pane has no file system; parsing the YAML took ~80 ms of each `kh check`).
 */
export function bodyCatalog(): BodyCatalog {
  builtIn ??= bodiesFrom(BODIES_DATA, 'templates/catalog/bodies.yaml');
  return builtIn;
}

/** The body the text opens with ("2.1. Sở Tài chính", "c) Đề nghị Viện Kiểm sát nhân dân tỉnh"), or null. */
export function matchBody(text: string): Body | null {
  return bodyCatalog().match(text);
}

/** Every body the text names, left to right. */
export function findBodies(text: string): BodyHit[] {
  return bodyCatalog().find(text);
}
