import { foldWords } from '../../text/fold';
import { STOP_WORDS } from './words';

// Indicators keep "so": "số", "sở" can be what they count ("chuyển đổi số", "các sở, ngành").
const STOP = new Set([...STOP_WORDS].filter((w) => w !== 'so'));

/**
 * Words and word pairs of an indicator, folded: the pairs keep "lãnh đạo" apart from "đào tạo",
 * which fold to the same word "dao".
 */
export function indicatorTerms(text: string): Set<string> {
  const words = foldWords(text).split(' ').filter((w) => w && !STOP.has(w) && !/^\d/.test(w));
  const terms = new Set<string>(words);
  for (let i = 1; i < words.length; i++) terms.add(`${words[i - 1]}_${words[i]}`);
  return terms;
}

function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n;
}

/** How alike two indicators are (Dice coefficient of their terms), to pick the best match. */
export function similarity(a: Set<string>, b: Set<string>): number {
  return a.size + b.size === 0 ? 0 : (2 * shared(a, b)) / (a.size + b.size);
}

/** Share of the parent indicator's words (pairs aside) the child's text also has: the bar a match must clear. */
export function coverage(parent: Set<string>, child: Set<string>): number {
  let words = 0;
  let found = 0;
  for (const t of parent) {
    if (t.includes('_')) continue;
    words++;
    if (child.has(t)) found++;
  }
  return words === 0 ? 0 : found / words;
}
