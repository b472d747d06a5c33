import type { Fix, Rule, RuleHit } from '../../types';
import { LETTER } from '../../../text/letters';

interface Mark {
  re: RegExp;
  /** What the mark is, in the secretary's words. */
  what: string;
  /** The text to put in place of the match, when removing the mark is safe. */
  clean?: (m: RegExpExecArray) => string;
}

// Marks a text copied from a chat assistant or a Markdown editor carries into Word.
const MARKS: Mark[] = [
  { re: /\*\*([^*\n]+)\*\*/u, what: '**', clean: (m) => m[1] },
  { re: /\*\*/u, what: '**', clean: () => '' },
  { re: new RegExp(String.raw`(?<![_${LETTER}])__([^_\n]+)__(?![_${LETTER}])`, 'u'), what: '__', clean: (m) => m[1] },
  { re: /^#{1,6}\s+/u, what: '#', clean: () => '' },
  { re: /^\s*\|.*\|\s*$/u, what: '|' },
];

/**
 * Markdown left in the text ("**KT. CHỦ TỊCH", "**trước ngày 30/11**", "## I. MỤC TIÊU", a "| … |"
 * table row): Word prints the marks as they are. The fix removes a bold or heading mark.
 */
export const leftoverMarkup: Rule = {
  id: 'leftover-markup',
  appliesTo: 'any',
  family: 'words',
  severity: 'error',
  title: { vi: 'Còn ký hiệu định dạng thừa', en: 'Leftover markup' },
  message: {
    vi: 'Còn ký hiệu "{mark}" thừa (dấu định dạng khi sao chép từ nơi khác): xóa đi, định dạng bằng Word',
    en: 'A stray "{mark}" is left in the text (markup from a copy): remove it and format in Word',
  },
  source: 'NĐ 30/2020/NĐ-CP Phụ lục I (thể thức, kỹ thuật trình bày); thực tiễn soạn thảo',
  check({ snapshot }) {
    const hits: RuleHit[] = [];
    for (const p of snapshot.paragraphs) {
      if (!/[*_#|]/.test(p.text)) continue;
      for (const line of p.text.split('\n')) {
        const mark = MARKS.map((k) => ({ k, m: k.re.exec(line) })).find((x) => x.m);
        if (!mark) continue;
        const { k, m } = mark as { k: Mark; m: RegExpExecArray };
        let fix: Fix | undefined;
        if (k.clean) fix = { kind: 'replace-text', paragraph: p.index, find: m[0], replace: k.clean(m), label: { vi: `Xóa "${k.what}"`, en: `Remove "${k.what}"` } };
        hits.push({ paragraph: p.index, args: { mark: k.what }, ...(fix ? { fix } : {}) });
        break;
      }
    }
    return hits;
  },
};
