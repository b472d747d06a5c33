import type { Plan } from './model';
import type { ParentPlan } from './parentPlan';
// Placeholder until parent import lands (issue 3).
export function planToParent(_plan: Plan, _id: string): ParentPlan { throw new Error('planToParent: not written yet'); }
