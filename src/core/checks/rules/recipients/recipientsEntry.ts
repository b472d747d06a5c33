import type { Rule, RuleHit } from '../../types';
import { recipientEntries } from '../../support/recipientEntries';
import { LETTER } from '../../../text/letters';

/** Names this short are not a recipient ("- V;", "- ;"); "Như trên" and the abbreviations are longer. */
const TRUNCATED = new RegExp(String.raw`^[${LETTER}]{0,2}$`, 'u');

/**
 * Each Nơi nhận line names one recipient and ends with ";" (the "- Lưu: …" line ends with "." and
 * is `archive-line-missing`'s). A line cut short ("- V;") or left empty ("- ;") sends the plan nowhere.
 */
export const recipientsEntry: Rule = {
  id: 'recipients-entry',
  appliesTo: 'any',
  family: 'recipients',
  severity: 'error',
  title: { vi: 'Dòng nơi nhận chưa đúng', en: 'Faulty recipient line' },
  message: {
    vi: 'Dòng nơi nhận "{line}" bị cụt hoặc để trống: ghi đủ tên cơ quan, đơn vị nhận văn bản',
    en: 'The recipient line "{line}" is cut short or empty: give the receiving body\'s full name',
  },
  variants: {
    punctuation: {
      vi: 'Dòng nơi nhận "{line}" phải kết thúc bằng dấu chấm phẩy ";"',
      en: 'The recipient line "{line}" must end with ";"',
    },
  },
  source: 'NĐ 30/2020/NĐ-CP Phụ lục I, II.9b (mỗi nơi nhận một dòng, bắt đầu "-", kết thúc ";")',
  check({ snapshot, plan }) {
    const hits: RuleHit[] = [];
    for (const e of recipientEntries(snapshot, plan)) {
      if (e.isArchive) continue;
      if (TRUNCATED.test(e.name.replace(/\s+/g, ''))) {
        hits.push({ paragraph: e.paragraph, args: { line: `- ${e.text}` } });
      } else if (!/;\s*$/.test(e.text) && !/:\s*$/.test(e.text)) {
        // A line ending ":" heads a group ("- Như trên:"), a full stop or nothing is the slip.
        const fixed = e.text.replace(/[.,]?\s*$/, ';');
        hits.push({
          paragraph: e.paragraph,
          variant: 'punctuation',
          severity: 'warning',
          args: { line: `- ${e.text}` },
          fix: { kind: 'replace-text', paragraph: e.paragraph, find: e.text, replace: fixed, label: { vi: 'Thêm dấu ";"', en: 'Add ";"' } },
        });
      }
    }
    return hits;
  },
};
