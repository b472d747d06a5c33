import type { Rule } from '../../types';
import { findParentCitation, parentKind, shownDate } from '../../support/citations';
import { preambleParagraph } from '../../support/preamble';

/**
 * The plan cites the plan it implements ("Thực hiện Kế hoạch số 163/KH-UBND ngày 12/5/2026 của
 * …"). A citation with almost the parent's number is left to `parent-ref-mismatch`.
 */
export const parentRefMissing: Rule = {
  id: 'parent-ref-missing',
  appliesTo: 'plan',
  family: 'parent',
  severity: 'error',
  title: { vi: 'Chưa dẫn kế hoạch cấp trên', en: 'Parent plan not cited' },
  message: {
    vi: 'Phần căn cứ chưa dẫn {kind} số {number} ngày {date} của {issuer} (kế hoạch cấp trên)',
    en: 'The preamble does not cite the parent {kindEn} {number} of {date} by {issuer}',
  },
  source: 'NĐ 30/2020/NĐ-CP Phụ lục I, II.6b (căn cứ ban hành, dẫn văn bản lần đầu)',
  check({ plan, parent }) {
    if (!parent) return [];
    const { exact, near } = findParentCitation(plan, parent);
    if (exact || near) return [];
    return [{ paragraph: preambleParagraph(plan), args: { ...parentKind(parent), number: parent.number, date: shownDate(parent.date), issuer: parent.issuerShort ?? parent.issuer } }];
  },
};
