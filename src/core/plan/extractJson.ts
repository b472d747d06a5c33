import type { Plan } from './model';
// Placeholder until the reader lands (issue 2).
export function toExtractJson(_plan: Plan): Record<string, unknown> { throw new Error('toExtractJson: not written yet'); }
