import type { Rule, RuleHit } from '../../types';
import { isLegacyVietnameseFont, legacyFontEncoding } from '../../../text/legacyEncoding';

/**
 * Latin-1 symbols TCVN3 stores accented letters as (á ¸, à µ, ả ¶, ă ¨, â ©, ê ª …), leaving out
 * every Latin-1 letter Unicode Vietnamese itself uses (à á â ã è é ê ì í ò ó ô õ ù ú ý).
 */
const TCVN3_CHARS = /[¸µ¶·¹¨©ª®«¬×ÐÑØÜÞßåæçëîïðñö÷øûüþ]/gu;

/**
 * NĐ 30 Phần I: text in Unicode (TCVN 6909:2001). A .docx set in a ".Vn…" or "VNI-…" font, or
 * whose text is full of TCVN3 symbols, was typed in a legacy encoding and must be converted.
 * One finding for the document, on the first such paragraph with visible text; by font, with a fix
 * that converts every run set in a legacy font (text without the font has nothing to tell its
 * encoding by, so it gets no fix: `kh convert --from` does it).
 */
export const legacyEncoding: Rule = {
  id: 'legacy-encoding',
  appliesTo: 'any',
  family: 'form',
  severity: 'error',
  title: { vi: 'Văn bản không dùng mã Unicode', en: 'Legacy Vietnamese encoding' },
  message: {
    vi: 'Văn bản dùng phông "{font}" (mã {encoding}), không phải Unicode; cần chuyển mã sang Unicode (TCVN 6909:2001) trước khi ban hành',
    en: 'The text uses the font "{font}" ({encoding}), not Unicode; convert it to Unicode (TCVN 6909:2001) before issue',
  },
  variants: {
    text: {
      vi: 'Văn bản có dấu hiệu gõ bằng mã TCVN3 (ABC) ("{sample}"); cần chuyển mã sang Unicode (TCVN 6909:2001)',
      en: 'The text looks typed in TCVN3 (ABC) ("{sample}"); convert it to Unicode (TCVN 6909:2001)',
    },
  },
  source: 'NĐ 30/2020/NĐ-CP Phụ lục I, Phần I (phông chữ tiếng Việt Unicode TCVN 6909:2001)',
  check({ snapshot }) {
    for (const p of snapshot.paragraphs) {
      const font = p.run?.font;
      // Only visible text counts: an empty paragraph inherits the Normal style's font, typed in or not.
      if (font && isLegacyVietnameseFont(font) && p.text.trim() !== '') {
        const fix = { kind: 'convert-legacy' as const, paragraph: p.index, label: { vi: 'Chuyển các đoạn phông cũ sang Unicode (Times New Roman)', en: 'Convert the legacy-font text to Unicode (Times New Roman)' } };
        return [{ paragraph: p.index, args: { font, encoding: legacyFontEncoding(font) === 'TCVN3' ? 'TCVN3 (ABC)' : 'VNI-Windows' }, fix }];
      }
    }
    const hits: RuleHit[] = [];
    for (const p of snapshot.paragraphs) {
      const odd = p.text.match(TCVN3_CHARS)?.length ?? 0;
      if (odd === 0) continue;
      const letters = p.text.replace(/[\s\d\p{P}]/gu, '').length;
      if (letters >= 20 && odd / letters > 0.08) {
        hits.push({ paragraph: p.index, variant: 'text', args: { sample: Array.from(p.text.trim()).slice(0, 30).join('') } });
        break;
      }
    }
    return hits;
  },
};
