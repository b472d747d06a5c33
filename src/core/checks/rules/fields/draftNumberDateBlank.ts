import type { Rule, RuleHit } from '../../types';
import { dateIsBlank, draftHeaderLines, numberIsBlank } from '../../support/draftHeader';

/**
 * A draft leaves "Số: /KH-UBND" and "ngày   tháng 5 năm 2026" for the văn thư, who fills them
 * when the plan is registered and issued. A reminder, not a defect: info.
 */
export const draftNumberDateBlank: Rule = {
  id: 'draft-number-date-blank',
  appliesTo: 'any',
  wholeDocument: true,
  family: 'fields',
  severity: 'info',
  title: { vi: 'Số, ngày ban hành để trống (dự thảo)', en: 'Number or date left blank (draft)' },
  message: {
    vi: 'Số văn bản còn để trống: văn thư sẽ điền khi đăng ký, ban hành',
    en: 'The document number is blank: the registry fills it on issue',
  },
  variants: {
    date: {
      vi: 'Ngày ban hành còn để trống: văn thư sẽ điền khi ban hành',
      en: 'The issue date is blank: the registry fills it on issue',
    },
  },
  source: 'NĐ 30/2020/NĐ-CP Điều 15–16 (văn thư cấp số, ghi ngày khi ban hành)',
  check({ plan }) {
    const header = draftHeaderLines(plan);
    const hits: RuleHit[] = [];
    if (header.number && numberIsBlank(header.number.text)) hits.push({ paragraph: header.number.paragraph });
    if (header.date && dateIsBlank(header.date.text)) hits.push({ paragraph: header.date.paragraph, variant: 'date' });
    return hits;
  },
};
