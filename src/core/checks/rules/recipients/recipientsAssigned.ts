import type { Rule, RuleHit } from '../../types';
import { foldWords } from '../../../text/fold';
import { paragraphsBetween } from '../../support/paragraphs';
import { isPlanDocument } from '../../support/isPlan';
import { recipientEntries } from '../../support/recipientEntries';
import { contentWords, overlap } from '../../support/words';
import { LETTER, MARK } from '../../../text/letters';

// Kinds of unit, each with the words that name it (folded) in an assignment or a recipient line.
const KINDS: [kind: string, re: RegExp][] = [
  ['village', /\b(?:thon|to dan pho|khu pho|ban dieu hanh|buon)\b/],
  ['front', /mttq|\bmat tran\b/],
  ['mass', /\b(?:hoi(?! dong)|doan thanh nien|doan tncs|to chuc chinh tri|ct xh|doan the|lien doan)\b/],
  ['party', /\b(?:dang uy|ban xay dung dang|chi bo|cap uy)\b/],
  ['agency', /\b(?:phong|van phong|vp|trung tam|co quan|don vi|ban quan ly|cong an|quan su|tram|truong|so|ban nganh)\b/],
];
// "Như trên", "Như mục V", "Như khoản 3": the recipients are the units the text assigns.
const AS_ABOVE = /\bnhu (?:tren|muc|khoan|diem|dieu|phan)\b/;
// Group lines cover a kind: "Các cơ quan, đơn vị thuộc UBND xã", "… và các tổ chức CT-XH xã".
const GROUP = /\b(?:cac|toan the|doan the)\b/;
// A heading that names who does the work: "3.2. Phòng Văn hóa - Xã hội xã:", "- Đề nghị Hội LHPN xã:".
const HEAD = new RegExp(String.raw`^\s*(?:[-–+•]\s*|\d+(?:\.\d+)*\.?\s+|[a-zđ]\)\s*)?(?:Đề nghị\s+|Giao\s+)?((?:Các|Phòng|Văn phòng|Trung tâm|Ban|Ủy ban|Uỷ ban|UBND|Hội|Đoàn|Công an|Mặt trận|Liên đoàn|Trạm|Trường|Sở|Thôn|Tổ)(?![${LETTER}${MARK}])[^:.;]{0,120}?)\s*:`, 'u');

function kindOf(folded: string): string | null {
  for (const [kind, re] of KINDS) if (re.test(folded)) return kind;
  return null;
}

/**
 * Every unit Tổ chức thực hiện gives work receives the plan: a recipient line names it, or a group
 * line covers it ("Các cơ quan, đơn vị thuộc UBND xã" covers the commune's offices, "các tổ chức
 * CT-XH" its mass organisations), or "Như mục V" / "Như trên" refers to the assignments. A kind of
 * unit no line covers ("các thôn" assigned, no thôn among the recipients) is reported.
 */
export const recipientsAssigned: Rule = {
  id: 'recipients-assigned',
  appliesTo: 'plan',
  family: 'recipients',
  severity: 'warning',
  title: { vi: 'Đơn vị được giao việc không có trong Nơi nhận', en: 'Assigned unit not among recipients' },
  message: {
    vi: '"{unit}" được giao nhiệm vụ (đoạn {at}) nhưng không có trong Nơi nhận: thêm vào Nơi nhận để đơn vị nhận được kế hoạch',
    en: '"{unit}" is given work (paragraph {at}) but does not receive the plan: add it to the recipients',
  },
  source: 'NĐ 30/2020/NĐ-CP Phụ lục I, II.9b (nơi nhận gồm cơ quan, đơn vị có trách nhiệm thực hiện)',
  check({ snapshot, plan }) {
    const entries = recipientEntries(snapshot, plan).filter((e) => !e.isArchive);
    if (entries.length === 0 || plan.at.recipients === undefined || !isPlanDocument(plan, snapshot)) return [];
    const received = entries.map((e) => foldWords(e.name));
    if (received.some((r) => AS_ABOVE.test(r))) return [];
    const covered = new Set(received.filter((r) => GROUP.test(r)).flatMap((r) => KINDS.filter(([, re]) => re.test(r)).map(([k]) => k)));
    const org = plan.sections.find((s) => s.kind === 'organization');
    if (!org) return [];
    const hits: RuleHit[] = [];
    const reported = new Set<string>();
    for (const p of paragraphsBetween(snapshot, org.paragraph + 1, org.endParagraph)) {
      const m = HEAD.exec(p.text);
      if (!m) continue;
      // "Các cơ quan, đơn vị và các thôn": each part is a unit of its own kind.
      for (const part of m[1].split(/,|\svà\s/u)) {
        const f = foldWords(part.replace(/\(.*$/u, ''));
        const kind = kindOf(f);
        if (!kind || covered.has(kind) || reported.has(kind)) continue;
        if (received.some((r) => r.includes(f) || overlap(contentWords(part), contentWords(r)) >= 0.6)) continue;
        reported.add(kind);
        hits.push({ paragraph: plan.at.recipients, args: { unit: part.trim(), at: p.index } });
      }
    }
    return hits;
  },
};
