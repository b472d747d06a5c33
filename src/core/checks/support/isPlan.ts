import type { DocumentSnapshot } from '../../snapshot';
import type { Plan } from '../../plan/model';
import { kindOfNumber } from '../../text/documentKinds';
import { fold } from '../../text/fold';

/**
 * Whether the document is a Kế hoạch: its number says KH ("Số: /KH-UBND"), or, with no number,
 * a "KẾ HOẠCH" line heads it. Rules about a plan's scope and assignments keep off Báo cáo,
 * Thông báo, Quyết định.
 */
export function isPlanDocument(plan: Plan, snapshot: DocumentSnapshot): boolean {
  const kind = plan.number ? kindOfNumber(plan.number.replace(/^\s*[.…_]*\s*\//, '0/')) : null;
  if (kind) return kind === 'KH';
  const stop = plan.sections[0]?.paragraph ?? 20;
  return snapshot.paragraphs.some((p) => p.index < stop && /^ke hoach\b/.test(fold(p.text.trim())));
}
