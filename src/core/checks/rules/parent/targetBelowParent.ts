import type { Rule, RuleHit } from '../../types';
import type { ParentTarget } from '../../../plan/parentPlan';
import { coverage, indicatorTerms, similarity } from '../../support/indicatorMatch';

/** A child target names the parent's indicator when it has at least this share of its terms. */
const MIN_COVERAGE = 0.6;

/**
 * A unit may raise its parent's targets, never lower them (QĐ 2282: 75% / 50% / 90% by 2030).
 * Targets are matched by indicator words and by year; a child target with no year takes the end
 * of the plan's period.
 */
export const targetBelowParent: Rule = {
  id: 'target-below-parent',
  appliesTo: 'plan',
  family: 'parent',
  severity: 'warning',
  title: { vi: 'Chỉ tiêu thấp hơn cấp trên', en: 'Target below the parent’s' },
  message: {
    vi: 'Chỉ tiêu {value}{unit} năm {year} thấp hơn mức {parentValue}{unit} của kế hoạch cấp trên ("{indicator}")',
    en: 'Target {value}{unit} for {year} is below the parent’s {parentValue}{unit} ("{indicator}")',
  },
  source: 'QĐ 2282/QĐ-TTg; kh-structure.md, lỗi #8 (chỉ tiêu thấp hơn cấp trên)',
  check({ plan, parent }) {
    if (!parent || parent.targets.length === 0) return [];
    const parentTerms = parent.targets.map((t) => ({ target: t, terms: indicatorTerms(t.indicator) }));
    const hits: RuleHit[] = [];
    for (const target of plan.targets) {
      const year = target.year ?? plan.period?.to ?? null;
      if (year == null) continue;
      const terms = indicatorTerms(target.indicator ?? target.text);
      let best: { target: ParentTarget; score: number } | null = null;
      for (const p of parentTerms) {
        if (p.target.year !== year || normalUnit(p.target.unit) !== normalUnit(target.unit)) continue;
        if (coverage(p.terms, terms) < MIN_COVERAGE) continue;
        const score = similarity(p.terms, terms);
        if (!best || score > best.score) best = { target: p.target, score };
      }
      if (best && target.value < best.target.value) {
        hits.push({
          paragraph: target.paragraph,
          args: { value: target.value, unit: target.unit, year, parentValue: best.target.value, indicator: best.target.indicator },
        });
      }
    }
    return hits;
  },
};

function normalUnit(unit: string): string {
  return unit.trim().toLowerCase();
}
