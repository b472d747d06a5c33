import type { Rule, RuleHit } from '../../types';
import type { Plan, SectionKind } from '../../../plan/model';

/** Where each kind usually stands, to place a missing section's finding at the next one. */
const ORDER: Record<SectionKind, number> = { purpose: 1, objectives: 2, tasks: 3, budget: 4, organization: 5, reporting: 6, other: 0 };

interface Requirement {
  name: string;
  nameEn: string;
  /** Any of these kinds satisfies the requirement; the first says where it would stand. */
  kinds: SectionKind[];
  /** Only required when the parent sets targets. */
  onlyWithParentTargets?: boolean;
}

/**
 * Sections every implementing plan has (kh-structure.md). "I. MỤC TIÊU" plans fold purpose into
 * objectives, and law-implementation plans have "MỤC ĐÍCH, YÊU CẦU" and no objectives, so either
 * satisfies the first; a separate "Mục tiêu" is required only when the parent sets targets the
 * plan must restate.
 */
const REQUIRED: Requirement[] = [
  { name: 'Mục đích, yêu cầu', nameEn: 'Purpose and requirements', kinds: ['purpose', 'objectives'] },
  { name: 'Mục tiêu', nameEn: 'Objectives', kinds: ['objectives'], onlyWithParentTargets: true },
  { name: 'Nhiệm vụ, giải pháp (nội dung)', nameEn: 'Tasks and measures', kinds: ['tasks'] },
  { name: 'Tổ chức thực hiện', nameEn: 'Organisation of implementation', kinds: ['organization'] },
];

export const sectionMissing: Rule = {
  id: 'section-missing',
  appliesTo: 'plan',
  family: 'structure',
  severity: 'warning',
  title: { vi: 'Thiếu mục bắt buộc', en: 'Required section missing' },
  message: {
    vi: 'Kế hoạch thiếu mục "{name}"',
    en: 'The plan has no "{nameEn}" section',
  },
  source: 'Bố cục kế hoạch thực hiện (kh-structure.md): Mục đích, yêu cầu; Mục tiêu; Nhiệm vụ, giải pháp; Tổ chức thực hiện',
  check({ plan, parent }) {
    // A combined title ("II. CHỈ TIÊU, NHIỆM VỤ") holds every kind it names.
    const kinds = new Set(plan.sections.flatMap((s) => s.kinds));
    const parentHasTargets = (parent?.targets.length ?? 0) > 0;
    const hits: RuleHit[] = [];
    for (const req of REQUIRED) {
      if (req.onlyWithParentTargets && !parentHasTargets) continue;
      if (req.kinds.some((k) => kinds.has(k))) continue;
      hits.push({ paragraph: whereItWouldStand(plan, ORDER[req.kinds[0]]), args: { name: req.name, nameEn: req.nameEn } });
    }
    return hits;
  },
};

/** The heading of the first section that should come after it, else the last one, else the title. */
function whereItWouldStand(plan: Plan, order: number): number {
  const next = plan.sections.find((s) => ORDER[s.kind] > order);
  if (next) return next.paragraph;
  const last = plan.sections[plan.sections.length - 1];
  return last?.paragraph ?? plan.at.title ?? 1;
}
