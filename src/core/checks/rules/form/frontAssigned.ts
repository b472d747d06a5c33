import type { Rule, RuleHit } from '../../types';
import { paragraphsBetween } from '../../support/paragraphs';

const FRONT = String.raw`(?:Ủy ban|Uỷ ban|UB)?\s*(?:Mặt trận Tổ quốc|MTTQ)|UBMTTQ|Hội Liên hiệp Phụ nữ|Đoàn Thanh niên|Hội Nông dân|Hội Cựu chiến binh|Liên đoàn Lao động|các tổ chức chính trị\s*-\s*xã hội|các đoàn thể`;
const ASSIGNED = new RegExp(String.raw`\bgiao\s+(?:cho\s+)?(${FRONT})`, 'iu');
const HEADING = new RegExp(String.raw`^\s*\d+(?:\.\d+)*\.\s*(${FRONT})`, 'iu');

/**
 * A people's committee cannot order the Fatherland Front or the mass organisations: it asks them
 * ("Đề nghị Ủy ban MTTQ Việt Nam …"). Flags "Giao Ủy ban MTTQ …" anywhere and a Tổ chức thực
 * hiện heading that names them without "Đề nghị" (kh-structure.md, Tổ chức thực hiện).
 */
export const frontAssigned: Rule = {
  id: 'front-assigned',
  appliesTo: 'any',
  family: 'form',
  severity: 'warning',
  title: { vi: 'Giao việc cho Mặt trận, đoàn thể', en: 'Front or mass organisation ordered' },
  message: {
    vi: 'Với {who}, kế hoạch của UBND dùng "Đề nghị", không dùng "Giao"',
    en: 'For {who}, a committee’s plan writes "Đề nghị" (asks), not "Giao" (assigns)',
  },
  variants: {
    heading: {
      vi: 'Mục giao nhiệm vụ cho {who} nên mở đầu bằng "Đề nghị"',
      en: 'The item for {who} should open with "Đề nghị" (we ask)',
    },
  },
  source: 'Thực tiễn kế hoạch UBND (kh-structure.md, Tổ chức thực hiện; lỗi #7)',
  check({ plan, snapshot }) {
    const hits: RuleHit[] = [];
    const seen = new Set<number>();
    for (const p of snapshot.paragraphs) {
      const m = ASSIGNED.exec(p.text);
      if (m) {
        hits.push({ paragraph: p.index, args: { who: m[1].trim() } });
        seen.add(p.index);
      }
    }
    for (const s of plan.sections) {
      if (s.kind !== 'organization') continue;
      for (const p of paragraphsBetween(snapshot, s.paragraph + 1, s.endParagraph)) {
        const m = HEADING.exec(p.text);
        if (m && !seen.has(p.index)) hits.push({ paragraph: p.index, variant: 'heading', args: { who: m[1].trim() } });
      }
    }
    return hits;
  },
};
