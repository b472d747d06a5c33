import type { Rule, RuleHit } from '../../types';

/** The words of a paragraph whose characters are not NFC, and the stretch from the first to the last. */
function unnormalizedStretch(raw: string): { count: number; first: string; start: number; end: number } | null {
  let count = 0;
  let first = '';
  let start = -1;
  let end = -1;
  for (const m of raw.matchAll(/\S+/gu)) {
    if (m[0] === m[0].normalize('NFC')) continue;
    count++;
    if (start < 0) {
      start = m.index;
      first = m[0].normalize('NFC');
    }
    end = m.index + m[0].length;
  }
  return count > 0 ? { count, first, start, end } : null;
}

/**
 * NĐ 30 Phần I sets Unicode text under TCVN 6909:2001, whose letters are precomposed ("ế" one
 * character). Text typed with an input method's "Unicode tổ hợp" table (bc01, tb01 of the Word
 * corpus: "Kê" + U+0301), or copied from a Mac or a PDF, carries decomposed letters:
 * it looks the same but search, sorting, spelling and the portal's checks miss it. One finding a
 * paragraph, whatever the number of words; the fix rewrites the stretch from the first such word to
 * the last in NFC, a replacement that changes no letter the reader sees.
 */
export const unicodeNormalization: Rule = {
  id: 'unicode-normalization',
  appliesTo: 'any',
  family: 'words',
  severity: 'warning',
  title: { vi: 'Chữ Unicode tổ hợp (chưa dựng sẵn)', en: 'Text not in Unicode NFC' },
  message: {
    vi: 'Đoạn có {count} chữ gõ bằng Unicode tổ hợp (dấu tách rời chữ: bảng mã "Unicode tổ hợp" của bộ gõ, hoặc chép từ máy Mac, tệp PDF), bắt đầu từ "{word}": trông giống nhưng tìm kiếm, sắp xếp, kiểm tra chính tả không nhận ra; chuyển sang Unicode dựng sẵn',
    en: 'The paragraph has {count} word(s) in decomposed Unicode (marks apart from their letters: an input method\'s "Unicode tổ hợp" table, or a copy from a Mac or a PDF), from "{word}": they look right but search, sorting and spelling miss them; convert to precomposed Unicode (NFC)',
  },
  source: 'NĐ 30/2020/NĐ-CP Phụ lục I, Phần I (phông chữ tiếng Việt Unicode TCVN 6909:2001, chữ dựng sẵn)',
  check({ snapshot }) {
    const hits: RuleHit[] = [];
    for (const p of snapshot.paragraphs) {
      if (p.unnormalized === undefined) continue;
      const stretch = unnormalizedStretch(p.unnormalized);
      if (!stretch) continue;
      const find = p.unnormalized.slice(stretch.start, stretch.end);
      hits.push({
        paragraph: p.index,
        args: { count: stretch.count, word: stretch.first },
        fix: { kind: 'replace-text', paragraph: p.index, find, replace: find.normalize('NFC'), label: { vi: 'Chuyển sang Unicode dựng sẵn', en: 'Convert to precomposed Unicode' } },
      });
    }
    return hits;
  },
};
