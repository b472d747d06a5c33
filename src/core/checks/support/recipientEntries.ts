import type { DocumentSnapshot } from '../../snapshot';
import type { Plan } from '../../plan/model';

/** One recipient line of Nơi nhận, where it is printed. */
export interface RecipientEntry {
  paragraph: number;
  /** The line as the reader gives it, without its bullet ("Sở Nội vụ (b/c);"). */
  text: string;
  /** The recipient alone: no closing ";" or ".", no "(b/c)" ("Sở Nội vụ"). */
  name: string;
  isArchive: boolean;
}

/** The recipients the reader placed under "Nơi nhận:" (the Lưu line is `plan.closing.archiveLine`). */
export function recipientEntries(_snapshot: DocumentSnapshot, plan: Plan): RecipientEntry[] {
  return plan.closing.recipients.map((r) => ({
    paragraph: r.paragraph,
    text: r.text.trim(),
    name: r.text
      .trim()
      .replace(/[;.,:]\s*$/, '')
      .replace(/\s*\((?:b\/c|đ\/b|để b\/c|để biết|t\/h|p\/h|thực hiện|phối hợp|báo cáo)[^)]*\)\s*$/iu, '')
      .trim(),
    isArchive: false,
  }));
}
