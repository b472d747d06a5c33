import type { Rule } from '../../types';
import { lastTextParagraph } from '../../support/paragraphs';

/** NĐ 30 box 9b: every document lists its recipients under "Nơi nhận:". */
export const recipientsMissing: Rule = {
  id: 'recipients-missing',
  appliesTo: 'any',
  wholeDocument: true,
  family: 'form',
  severity: 'error',
  title: { vi: 'Thiếu Nơi nhận', en: 'No recipients list' },
  message: {
    vi: 'Kế hoạch chưa có phần "Nơi nhận:" (nơi gửi văn bản và "- Lưu: VT, …")',
    en: 'The plan has no "Nơi nhận:" list (recipients and "- Lưu: VT, …")',
  },
  source: 'NĐ 30/2020/NĐ-CP Phụ lục I, II.9 (ô 9b)',
  check({ plan, snapshot }) {
    const { closing } = plan;
    if (closing.recipients.length > 0 || closing.recipientsHeading) return [];
    return [{ paragraph: plan.signer?.paragraph ?? closing.signature?.paragraph ?? lastTextParagraph(snapshot) }];
  },
};
