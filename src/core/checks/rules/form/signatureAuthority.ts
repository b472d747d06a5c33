import type { Rule, RuleHit } from '../../types';

const COLLECTIVE_ISSUER = /ủy ban nhân dân|uỷ ban nhân dân|ubnd/iu;
/** "Chủ tịch UBND xã ban hành Kế hoạch": the Chủ tịch issues in his own name, so no "TM.". */
const HEAD_ISSUES = /Chủ tịch (?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)[^.;]{0,80}ban hành/iu;

/**
 * NĐ 30 II.7: a deputy signs "KT." for the head; a committee's document is signed "TM." the
 * committee. A deputy without "KT." is an error; "KT. CHỦ TỊCH" with no "TM. ỦY BAN NHÂN DÂN"
 * above it is only a warning, since some provinces omit it consistently.
 */
export const signatureAuthority: Rule = {
  id: 'signature-authority',
  appliesTo: 'any',
  wholeDocument: true,
  family: 'form',
  severity: 'error',
  title: { vi: 'Thẩm quyền ký chưa đúng', en: 'Signing authority wrong' },
  message: { vi: 'Thẩm quyền ký chưa đúng', en: 'Signing authority is wrong' },
  variants: {
    'deputy-without-kt': {
      vi: 'Cấp phó ký ("{title}") phải ghi "KT." trước chức vụ của người đứng đầu (ví dụ "KT. CHỦ TỊCH")',
      en: 'A deputy ("{title}") signs with "KT." before the head’s title (e.g. "KT. CHỦ TỊCH")',
    },
    'tm-missing': {
      vi: 'Văn bản của tập thể Ủy ban nhân dân ký "KT. CHỦ TỊCH" nhưng thiếu dòng "TM. ỦY BAN NHÂN DÂN" phía trên',
      en: 'A committee’s document signed "KT. CHỦ TỊCH" lacks the "TM. ỦY BAN NHÂN DÂN" line above',
    },
  },
  source: 'NĐ 30/2020/NĐ-CP Phụ lục I, II.7',
  check({ plan, snapshot }) {
    const signer = plan.signer;
    if (!signer) return [];
    const at = signer.paragraph ?? plan.at.signer ?? 1;
    const authority = (signer.authority ?? '').toUpperCase();
    const title = (signer.title ?? '').replace(/\*/g, '').trim();
    const hits: RuleHit[] = [];
    if (/^PHÓ(?=\s|$)/iu.test(title) && !/\bKT\./u.test(authority)) {
      hits.push({ paragraph: at, variant: 'deputy-without-kt', args: { title } });
    } else if (/\bKT\.\s*CHỦ TỊCH/u.test(authority) && !/\bTM\./u.test(authority)) {
      const collective = COLLECTIVE_ISSUER.test(`${plan.parentBody ?? ''} ${plan.issuer ?? ''}`) && !snapshot.paragraphs.some((p) => HEAD_ISSUES.test(p.text));
      if (collective) hits.push({ paragraph: at, variant: 'tm-missing', severity: 'warning' });
    }
    return hits;
  },
};
