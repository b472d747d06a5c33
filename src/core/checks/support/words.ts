import { foldWords } from '../../text/fold';

/** Words that carry no meaning when matching indicators or issuers. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  ['cac', 'cua', 'va', 'la', 'co', 'trong', 'o', 'tai', 'voi', 'cho', 'duoc', 'de', 'nam', 'dat', 'den', 'toi', 'thieu', 'it', 'nhat', 'ty', 'le', 'so', 'vao', 'tu', 'tren', 'nhung', 'mot', 'theo', 'phan', 'dau']
);

/** The meaningful folded words of a phrase, for overlap matching. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const w of foldWords(text).split(' ')) if (w && !STOP_WORDS.has(w) && !/^\d+%?$/.test(w)) words.add(w);
  return words;
}

/** Share of `reference`'s words that `candidate` also has (0 when `reference` has none). */
export function overlap(reference: Set<string>, candidate: Set<string>): number {
  if (reference.size === 0) return 0;
  let shared = 0;
  for (const w of reference) if (candidate.has(w)) shared++;
  return shared / reference.size;
}
