import type { Rule } from '../../types';

/** NĐ 30 box 5b: "V/v" opens the trích yếu of a công văn only; a Kế hoạch names its subject directly. */
export const trichYeuVv: Rule = {
  id: 'trich-yeu-vv',
  appliesTo: 'plan',
  wholeDocument: true,
  family: 'form',
  severity: 'error',
  title: { vi: 'Trích yếu Kế hoạch dùng "V/v"', en: '"V/v" in a plan’s subject line' },
  message: {
    vi: 'Trích yếu của Kế hoạch không bắt đầu bằng "V/v" (chỉ dùng cho công văn); ghi thẳng nội dung: "{suggestion}"',
    en: 'A plan’s subject line does not start with "V/v" (công văn only); write the subject directly: "{suggestion}"',
  },
  source: 'NĐ 30/2020/NĐ-CP Phụ lục I, II.5 (ô 5a, 5b)',
  check({ plan }) {
    const title = plan.title?.trim() ?? '';
    const m = /^V\/V\s*:?\s*/iu.exec(title);
    if (!m) return [];
    const rest = title.slice(m[0].length);
    const suggestion = Array.from(rest).slice(0, 60).join('') + (Array.from(rest).length > 60 ? '…' : '');
    return [{ paragraph: plan.at.title ?? 1, args: { suggestion } }];
  },
};
