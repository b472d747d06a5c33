/**
 * The fields of a task as plans label them: the lead unit ("Đơn vị chủ trì", "Cơ quan chủ trì",
 * "Cơ quan, đơn vị chủ trì", "Cơ quan thực hiện" where that is how the plan names the lead), the
 * cooperating units ("Đơn vị/Cơ quan phối hợp"), and the timing ("Thời gian thực hiện/hoàn thành",
 * "Thời hạn", "Tiến độ"). Several may share a line ("Đơn vị chủ trì: …; Đơn vị phối hợp: …",
 * "a) Cơ quan chủ trì: …; b) Cơ quan phối hợp: …"). Matching runs on the fold, so tone
 * placement and case do not matter; values are cut from the text as printed.
 */
import type { PlanLine } from './lines';

/** `executing` is "Đơn vị/Cơ quan thực hiện": the lead when no "chủ trì" is given, else cooperating. */
export type LabelKind = 'lead' | 'executing' | 'cooperating' | 'timing';

export interface LabelHit {
  kind: LabelKind;
  /** The label as printed. */
  label: string;
  value: string;
}

const BODY = '(?:(?:co quan|don vi)(?:\\s*(?:,|\\/|va)\\s*(?:co quan|don vi))?\\s+)';
const LEAD = `${BODY}?chu tri(?:\\s+thuc hien)?`;
const EXECUTING = `${BODY}(?:thuc hien|trien khai)`;
const COOPERATING = `${BODY}?phoi hop(?:\\s+thuc hien)?`;
const TIMING = 'thoi gian(?:\\s+(?:thuc hien|hoan thanh|trien khai))?|thoi han(?:\\s+(?:thuc hien|hoan thanh))?|tien do(?:\\s+(?:thuc hien|hoan thanh))?';
const LABEL = `(?:(${LEAD})|(${EXECUTING})|(${COOPERATING})|(${TIMING}))\\s*:`;

// A label starts the line (after "-", "+", "a)"), or follows ";", "." or a point letter "b)".
// Up to three markers before it: "- a) …", and "a) a) …" or "6 b) …" in OCR copies.
const AT_START = new RegExp(`^(?:(?:[-–+•]|[a-zđ]\\)|\\d{1,2}(?=\\s+[a-zđ]\\)))\\s*){0,3}${LABEL}`);
const ANYWHERE = new RegExp(`(?:^(?:(?:[-–+•]|[a-zđ]\\)|\\d{1,2}(?=\\s+[a-zđ]\\)))\\s*){0,3}|[;.]\\s*|\\s[a-zđ]\\)\\s*|\\s[-–]\\s+)(?:[a-zđ]\\)\\s*)?${LABEL}`, 'g');
// "Thời gian thực hiện sau khi …" with the colon left out.
const TIMING_NO_COLON = /^(?:[-–+•]\s*)?(?:[a-zđ]\)\s*)?(thoi gian (?:thuc hien|hoan thanh))\s+(?=[^\s:])/;

const KINDS: LabelKind[] = ['lead', 'executing', 'cooperating', 'timing'];

/** The labelled fields on a line whose text starts with a label; [] for any other line. */
export function readFieldLine(line: PlanLine): LabelHit[] {
  const f = line.fold;
  if (!AT_START.test(f)) {
    const t = TIMING_NO_COLON.exec(f);
    if (!t || f.slice(0, 40).includes(':')) return [];
    const start = t.index + t[0].length - t[1].length - (t[0].length - t[0].trimEnd().length);
    const labelStart = f.indexOf(t[1]);
    return [{ kind: 'timing', label: line.text.slice(labelStart, labelStart + t[1].length), value: cleanValue(line.text.slice(Math.max(start, labelStart + t[1].length))) }];
  }
  const found: { kind: LabelKind; labelStart: number; labelEnd: number; valueStart: number; hitStart: number }[] = [];
  ANYWHERE.lastIndex = 0;
  for (let m = ANYWHERE.exec(f); m; m = ANYWHERE.exec(f)) {
    const group = [1, 2, 3, 4].find((g) => m![g] !== undefined)!;
    const labelText = m[group];
    const valueStart = m.index + m[0].length;
    const labelEnd = f.lastIndexOf(labelText, valueStart) + labelText.length;
    found.push({ kind: KINDS[group - 1], labelStart: labelEnd - labelText.length, labelEnd, valueStart, hitStart: m.index });
    if (m[0].length === 0) ANYWHERE.lastIndex++;
  }
  return found.map((h, i) => ({
    kind: h.kind,
    label: line.text.slice(h.labelStart, h.labelEnd),
    value: cleanValue(line.text.slice(h.valueStart, i + 1 < found.length ? found[i + 1].hitStart : line.text.length)),
  }));
}

/** A value without the punctuation that closes it. */
export function cleanValue(value: string): string {
  return value.replace(/^[\s:]+/, '').replace(/[\s;,.]+$/, '').trim();
}

/** Subjects that can lead a task: a body or the units of one. */
const SUBJECT = /^(?:giao\s+)?(?:cac\s+)?(?:so|ban|phong|van phong|ubnd|uy ban|cong an|bo|trung tam|hoi|doan|mat tran|chi cuc|cuc|bao|dai|thanh tra|kho bac|benh vien|truong|to|co quan|don vi|lien doan|quan su|bo chi huy)\b/;
// "Sở X chủ trì, phối hợp với Y …" / "Sở X là cơ quan đầu mối, chủ trì, phối hợp với Y".
const INLINE = /^(.{2,120}?)\s*(?:,\s*)?(?:la co quan (?:dau moi|thuong truc),?\s*)?chu tri\s*,?\s*(?:va\s+)?phoi hop(?:\s+(?:voi|cung))?\s+(.{2,200}?)(?=\s+(?:to chuc|thuc hien|trien khai|xay dung|tham muu|huong dan|ra soat|theo doi|kiem tra|giam sat|danh gia|tong hop|bao cao|cap nhat|tuyen truyen|van dong|quan ly|de|trong|tai|nham)\b|[;.:]|$)/;

// "Sở X chủ trì, …" / "Sở X chủ trì thực hiện" with no cooperating body named (or named on the next line of a PDF copy).
const LEAD_ONLY = /^(.{2,120}?)\s*,?\s*chu tri(?=\s*(?:[,;.]|$)|\s+thuc hien\b)/;

/**
 * The inline form "Sở X chủ trì, phối hợp với Y": lead and cooperating as printed, or null. It may
 * open the line or a clause after ";" ("1. Giám sát ca bệnh; Trung tâm Kiểm soát bệnh tật chủ trì, …"),
 * and may name no cooperating body (`cooperating` is then "").
 */
export function readInlineLead(line: PlanLine): { lead: string; cooperating: string } | null {
  if (!line.fold.includes('chu tri')) return null; // most lines: no need to try the pattern
  const f = line.fold.replace(/^(?:[-–+•]\s*)?(?:[a-zđ]\)\s*)?/, (m) => ' '.repeat(m.length));
  // Each clause holding "chủ trì" is tried once, up to the next ";", so a long line is read once.
  let tried = -1;
  for (let at = f.indexOf('chu tri'); at >= 0; at = f.indexOf('chu tri', at + 7)) {
    const from = f.lastIndexOf(';', at) + 1;
    if (from === tried) continue;
    tried = from;
    const stop = f.indexOf(';', at);
    const clause = f.slice(from, stop < 0 ? f.length : stop);
    const offset = from + clause.length - clause.trimStart().length;
    const m = INLINE.exec(clause.trimStart());
    if (m && SUBJECT.test(m[1])) {
      const coopStart = offset + m[0].length - m[2].length;
      return { lead: leadText(line.text.slice(offset, offset + m[1].length)), cooperating: cleanValue(line.text.slice(coopStart, offset + m[0].length)) };
    }
    const only = LEAD_ONLY.exec(clause.trimStart());
    if (only && SUBJECT.test(only[1])) return { lead: leadText(line.text.slice(offset, offset + only[1].length)), cooperating: '' };
  }
  return null;
}

function leadText(text: string): string {
  return text.replace(/^Giao\s+/i, '').replace(/[,\s]+$/, '');
}
