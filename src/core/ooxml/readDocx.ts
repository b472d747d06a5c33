import type { DocumentSnapshot } from '../snapshot';
// Placeholder until the .docx reader lands (issue 2).
export function readDocx(_bytes: Uint8Array, _source: string): DocumentSnapshot { throw new Error('readDocx: not written yet'); }
