import type { Rule, RuleHit } from '../../types';
import { LETTER, LOWER, MARK } from '../../../text/letters';
import { toOldTonePlacement } from '../../../text/tonePlacement';

// Words with a Vietnamese mark: "bìnhh", "ngiệp" are meant as Vietnamese; "online", "Zalo" are not checked.
const MARKED = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/u;
const WORD = new RegExp(`[${LETTER}${MARK}]+`, 'gu');
// Only words in lower case: a capital starts a name (Nguyễn, Đắk Lắk, Krông) or an acronym (HĐNDTP).
const SMALL_WORD = new RegExp(`^[${LOWER}${MARK}]{2,}$`, 'u');

// Real syllables the word list lacks (loanwords, rare words), found on the corpus: "băng rôn", "nòng cốt", "phốt pho".
const EXTRA = new Set(['rôn', 'nòng', 'phốt']);

/**
 * A word with Vietnamese marks that is no Vietnamese syllable ("bìnhh", "ngiệp", "trươg"), by the
 * host's dictionary (the CLI loads `dictionary-vi`; either tone placement is the same syllable).
 * One finding per paragraph, naming its first such word; no fix (the word meant is the writer's).
 */
export const misspeltSyllable: Rule = {
  id: 'misspelt-syllable',
  appliesTo: 'any',
  family: 'words',
  severity: 'warning',
  title: { vi: 'Chữ không có trong tiếng Việt', en: 'Not a Vietnamese syllable' },
  message: {
    vi: '"{word}" không phải một tiếng của tiếng Việt: kiểm tra lỗi gõ ({count} chữ như vậy trong đoạn)',
    en: '"{word}" is not a Vietnamese syllable: check for a typing slip ({count} such words in the paragraph)',
  },
  source: 'NĐ 30/2020/NĐ-CP Điều 8, Phụ lục II (chính tả); từ điển hunspell-vi (dictionary-vi)',
  check({ snapshot, dictionary }) {
    if (!dictionary) return [];
    const hits: RuleHit[] = [];
    for (const p of snapshot.paragraphs) {
      if (!MARKED.test(p.text.toLowerCase())) continue;
      const wrong: string[] = [];
      for (const m of p.text.matchAll(WORD)) {
        const word = m[0];
        const lower = word.toLowerCase();
        if (!SMALL_WORD.test(word) || !MARKED.test(lower)) continue;
        if (!EXTRA.has(lower) && !dictionary.has(toOldTonePlacement(lower)) && !dictionary.has(lower)) wrong.push(word);
      }
      if (wrong.length > 0) hits.push({ paragraph: p.index, args: { word: wrong[0], count: wrong.length } });
    }
    return hits;
  },
};
