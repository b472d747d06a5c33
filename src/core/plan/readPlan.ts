import type { DocumentSnapshot } from '../snapshot';
import type { Plan } from './model';
// Placeholder until the reader lands (issue 2).
export function readPlan(_snapshot: DocumentSnapshot): Plan { throw new Error('readPlan: not written yet'); }
