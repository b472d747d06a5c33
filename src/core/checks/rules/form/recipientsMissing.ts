import type { Rule } from '../../types';
import { firstMatching, lastTextParagraph } from '../../support/paragraphs';

const RECIPIENTS_HEADING = /^\s*\**\s*Nơi nhận\s*:?/iu;

/** NĐ 30 box 9b: every document lists its recipients under "Nơi nhận:". */
export const recipientsMissing: Rule = {
  id: 'recipients-missing',
  family: 'form',
  severity: 'error',
  title: { vi: 'Thiếu Nơi nhận', en: 'No recipients list' },
  message: {
    vi: 'Kế hoạch chưa có phần "Nơi nhận:" (nơi gửi văn bản và "- Lưu: VT, …")',
    en: 'The plan has no "Nơi nhận:" list (recipients and "- Lưu: VT, …")',
  },
  source: 'NĐ 30/2020/NĐ-CP Phụ lục I, II.9 (ô 9b)',
  check({ plan, snapshot }) {
    if (plan.recipients.length > 0 || plan.at.recipients != null || firstMatching(snapshot, RECIPIENTS_HEADING)) return [];
    return [{ paragraph: plan.signer?.paragraph ?? plan.at.signer ?? lastTextParagraph(snapshot) }];
  },
};
