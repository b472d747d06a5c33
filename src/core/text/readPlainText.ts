import type { DocumentSnapshot } from '../snapshot';
// Placeholder until the reader lands (issue 2).
export function readPlainText(_bytes: Uint8Array, _source: string): DocumentSnapshot { throw new Error('readPlainText: not written yet'); }
