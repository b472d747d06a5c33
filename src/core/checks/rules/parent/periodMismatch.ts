import type { Rule, RuleHit } from '../../types';
import type { Plan } from '../../../plan/model';
import type { DocumentSnapshot } from '../../../snapshot';
import { findPeriod, showPeriod, type Period } from '../../../text/periods';

const PLAN_PERIOD_STATEMENT = /^\s*(?:\d+\.\s*)?thời gian thực hiện(?: kế hoạch)?\s*:|^\s*Trên đây là Kế hoạch/iu;

/**
 * Where the body states the plan's own period: "Thời gian thực hiện: Từ năm 2026 đến năm 2030"
 * outside any task, and the closing "Trên đây là Kế hoạch … giai đoạn …". Periods in citations
 * (QĐ 2282 "giai đoạn 2021-2030") are the cited document's, not the plan's.
 */
function bodyPeriod(plan: Plan, snapshot: DocumentSnapshot): { period: Period; paragraph: number } | null {
  const start = plan.sections[0]?.paragraph;
  if (start == null) return null;
  const taskLines = new Set<number>();
  for (const t of plan.tasks) for (let i = t.paragraph; i <= t.endParagraph; i++) taskLines.add(i);
  for (const p of snapshot.paragraphs) {
    if (p.index <= start || taskLines.has(p.index) || !PLAN_PERIOD_STATEMENT.test(p.text)) continue;
    const period = findPeriod(p.text);
    if (period) return { period, paragraph: p.index };
  }
  return null;
}

/**
 * The plan's giai đoạn is stated the same in its title and body, and does not run outside its
 * parent's (a child of QĐ 2282 ends by 2030).
 */
export const periodMismatch: Rule = {
  id: 'period-mismatch',
  appliesTo: 'plan',
  family: 'parent',
  severity: 'warning',
  title: { vi: 'Giai đoạn thực hiện không khớp', en: 'Plan period inconsistent' },
  message: { vi: 'Giai đoạn thực hiện không khớp', en: 'The plan period is inconsistent' },
  variants: {
    body: {
      vi: 'Trích yếu ghi giai đoạn {title}, nhưng nội dung ghi {body}',
      en: 'The title says {title} but the body says {body}',
    },
    'past-parent': {
      vi: 'Giai đoạn {own} kéo dài quá năm {parentEnd}, năm kết thúc của kế hoạch cấp trên ({parentPeriod})',
      en: 'The period {own} runs past {parentEnd}, when the parent plan ends ({parentPeriod})',
    },
    'before-parent': {
      vi: 'Giai đoạn {own} bắt đầu trước kế hoạch cấp trên ({parentPeriod})',
      en: 'The period {own} starts before the parent plan ({parentPeriod})',
    },
  },
  source: 'Logic kế hoạch thực hiện; kh-structure.md, lỗi #8',
  check({ plan, snapshot, parent }) {
    const hits: RuleHit[] = [];
    const titlePeriod = plan.title ? findPeriod(plan.title) : null;
    const titleAt = plan.at.title ?? 1;
    const body = bodyPeriod(plan, snapshot);
    if (titlePeriod && body && (titlePeriod.from !== body.period.from || titlePeriod.to !== body.period.to)) {
      hits.push({ paragraph: body.paragraph, variant: 'body', args: { title: showPeriod(titlePeriod), body: showPeriod(body.period) } });
    }
    const own = titlePeriod ?? body?.period ?? plan.period;
    const ownAt = titlePeriod ? titleAt : body?.paragraph ?? titleAt;
    const limit = parent?.period;
    if (own && limit) {
      const args = { own: showPeriod(own), parentEnd: limit.to, parentPeriod: showPeriod(limit) };
      if (own.to > limit.to) hits.push({ paragraph: ownAt, variant: 'past-parent', args });
      else if (own.from < limit.from) hits.push({ paragraph: ownAt, variant: 'before-parent', args });
    }
    return hits;
  },
};
