import type { Plan } from '../../plan/model';

/** Where a citation belongs: the first line of the preamble, else the title, else paragraph 1. */
export function preambleParagraph(plan: Plan): number {
  return plan.at.preamble?.[0] ?? plan.at.title ?? plan.sections[0]?.paragraph ?? 1;
}
