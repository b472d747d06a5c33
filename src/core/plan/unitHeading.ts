/**
 * A point whose heading is a unit ("2.1. Sở Tài chính", "a) Công an tỉnh và các địa phương",
 * "c) Đề nghị Viện Kiểm sát nhân dân tỉnh", "Giao Sở Nội vụ:") hands the tasks under it to that
 * unit: it is their lead. Units are those of the bodies catalog (templates/catalog/bodies.yaml, by
 * kind and level, which a reviewer extends), so the heading must be units and the words that join
 * them, nothing else: "Sở Tài chính bố trí kinh phí" is a task, not a heading.
 */
import { findBodies } from '../catalog/bodies';
import { fold } from '../text/fold';

// What opens a heading before its unit: "Giao", "Đề nghị", "Trách nhiệm của" …
const LEAD_IN = /^(?:giao(?:\s+cho)?|de nghi|yeu cau|trach nhiem cua|doi voi|nhiem vu cua)\s+/;
// Words that join or qualify units in a heading ("Công an tỉnh và các địa phương", "Sở Y tế và các
// đơn vị có liên quan", "UBND các xã, phường theo chức năng, nhiệm vụ được giao").
const JOINING = /^(?:[\s,;.&()–-]|va\b|voi\b|cac\b|(?:co\s+)?lien\s+quan\b|tren\s+dia\s+ban(?:\s+(?:tinh|xa|phuong))?\b|theo\s+chuc\s+nang(?:,?\s*nhiem\s+vu)?(?:\s+duoc\s+giao)?\b|truc\s+thuoc\b|thuoc\b)+$/;
const MAX_HEADING = 160;

export interface UnitHeading {
  /** The unit(s) as printed, without "Giao"/"Đề nghị" and the closing colon: "Công an tỉnh và các địa phương". */
  unit: string;
  /** Text after "Sở Tài chính:" when the heading carries its task on the same line, else "". */
  rest: string;
}

/** The unit a heading names (the text after the point's marker), or null when it is not a unit heading. */
export function readUnitHeading(title: string): UnitHeading | null {
  const text = title.normalize('NFC').trim();
  if (text.length === 0 || text.length > MAX_HEADING) return null;
  // "Sở Tài chính: bố trí kinh phí …": the unit before the colon, its task after.
  const colon = text.indexOf(':');
  const head = (colon >= 0 ? text.slice(0, colon) : text).replace(/[\s.;,]+$/u, '');
  const rest = colon >= 0 ? text.slice(colon + 1).trim() : '';
  const f = fold(head);
  const lead = LEAD_IN.exec(f);
  const from = lead ? lead[0].length : 0;
  const hits = findBodies(head.slice(from));
  if (hits.length === 0 || hits[0].index !== 0) return null;
  // What is left once the units are taken out must only join them.
  let left = '';
  let at = 0;
  const unitText = head.slice(from);
  for (const h of hits) {
    left += unitText.slice(at, h.index);
    at = h.index + h.length;
  }
  left += unitText.slice(at);
  if (left.trim() !== '' && !JOINING.test(fold(left))) return null;
  return { unit: unitText.trim(), rest };
}
