import type { ParentPlan } from '../plan/parentPlan';
// Placeholder until parent plan files land (issue 3).
export function parseParentPlan(_text: string, _file: string): ParentPlan { throw new Error('parseParentPlan: not written yet'); }
