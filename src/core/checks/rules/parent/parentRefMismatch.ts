import type { Rule, RuleHit } from '../../types';
import { findParentCitation, issuersAgree, parentKind, shownDate } from '../../support/citations';

/**
 * The citation of the parent must match it: number, date and issuer (NĐ 30 II.6b: the first
 * citation gives all three). A citation with no date or issuer is incomplete (warning); one that
 * gives them wrong, or cites almost the parent's number, is an error.
 */
export const parentRefMismatch: Rule = {
  id: 'parent-ref-mismatch',
  appliesTo: 'plan',
  family: 'parent',
  severity: 'error',
  title: { vi: 'Trích dẫn kế hoạch cấp trên sai', en: 'Parent plan cited wrong' },
  message: {
    vi: 'Trích dẫn kế hoạch cấp trên chưa khớp',
    en: 'The citation of the parent plan does not match',
  },
  variants: {
    number: {
      vi: 'Dẫn số {cited}, nhưng kế hoạch cấp trên là số {number}',
      en: 'Cites number {cited}, but the parent is {number}',
    },
    date: {
      vi: '{kind} số {number} được ghi ngày {cited}, đúng là ngày {expected}',
      en: '{kindEn} {number} is cited as of {cited}; it is dated {expected}',
    },
    issuer: {
      vi: '{kind} số {number} được ghi là của "{cited}", đúng là của {expected}',
      en: '{kindEn} {number} is attributed to "{cited}"; it was issued by {expected}',
    },
    'date-absent': {
      vi: 'Lần đầu dẫn {kind} số {number} cần ghi ngày ban hành ({expected})',
      en: 'The first citation of {kindEn} {number} should give its date ({expected})',
    },
    'issuer-absent': {
      vi: 'Lần đầu dẫn {kind} số {number} cần ghi cơ quan ban hành ({expected})',
      en: 'The first citation of {kindEn} {number} should name its issuer ({expected})',
    },
  },
  source: 'NĐ 30/2020/NĐ-CP Phụ lục I, II.6b',
  check({ plan, parent }) {
    if (!parent) return [];
    const { exact, near } = findParentCitation(plan, parent);
    if (near) return [{ paragraph: near.paragraph, variant: 'number', args: { cited: near.number, number: parent.number } }];
    if (!exact) return [];
    const hits: RuleHit[] = [];
    const args = { number: parent.number, ...parentKind(parent) };
    if (exact.date == null) {
      if (parent.date) hits.push({ paragraph: exact.paragraph, variant: 'date-absent', severity: 'warning', args: { ...args, expected: shownDate(parent.date) } });
    } else if (parent.date && exact.date !== parent.date) {
      hits.push({ paragraph: exact.paragraph, variant: 'date', args: { ...args, cited: shownDate(exact.date), expected: shownDate(parent.date) } });
    }
    const expectedIssuer = parent.issuerShort ?? parent.issuer;
    if (exact.issuer == null || exact.issuer.trim() === '') {
      if (expectedIssuer) hits.push({ paragraph: exact.paragraph, variant: 'issuer-absent', severity: 'warning', args: { ...args, expected: expectedIssuer } });
    } else if (parent.issuer && !issuersAgree(exact.issuer, parent)) {
      hits.push({ paragraph: exact.paragraph, variant: 'issuer', args: { ...args, cited: exact.issuer, expected: expectedIssuer } });
    }
    return hits;
  },
};
