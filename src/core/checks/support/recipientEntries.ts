import type { DocumentSnapshot } from '../../snapshot';
import type { Plan } from '../../plan/model';
import { paragraphsBetween } from './paragraphs';

/** One "- …;" line of Nơi nhận, where it is printed. */
export interface RecipientEntry {
  paragraph: number;
  /** The line as printed, trimmed ("- Sở Nội vụ (b/c);"). */
  text: string;
  /** The recipient alone: no dash, no closing ";" or ".", no "(b/c)" ("Sở Nội vụ"). */
  name: string;
  isArchive: boolean;
}

const ARCHIVE = /^[-–+•]?\s*lưu\b/iu;

/**
 * The entries under "Nơi nhận:" up to the "- Lưu: …" line (an entry per line: a .docx may hold them
 * in one paragraph split by line breaks). Empty when the plan has no Nơi nhận.
 */
export function recipientEntries(snapshot: DocumentSnapshot, plan: Plan): RecipientEntry[] {
  const from = plan.at.recipients;
  if (from === undefined) return [];
  const to = plan.at.archiveLine ?? from + 30;
  const entries: RecipientEntry[] = [];
  for (const p of paragraphsBetween(snapshot, from, to)) {
    const lines = p.text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      let line = lines[i].trim();
      // The heading's own line may carry the first entry: "Nơi nhận: - Như trên;".
      if (p.index === from && i === 0) line = line.replace(/^nơi nhận\s*:?\s*/iu, '');
      if (!line) continue;
      if (!/^[-–+•]/.test(line) && !ARCHIVE.test(line)) {
        if (entries.length > 0 || p.index !== from) break;
        continue;
      }
      const name = line
        .replace(/^[-–+•]\s*/, '')
        .replace(/[;.,:]\s*$/, '')
        .replace(/\s*\((?:b\/c|đ\/b|để b\/c|để biết|t\/h|p\/h|thực hiện|phối hợp|báo cáo)[^)]*\)\s*$/iu, '')
        .trim();
      entries.push({ paragraph: p.index, text: line, name, isArchive: ARCHIVE.test(line) });
      if (ARCHIVE.test(line)) return entries;
    }
  }
  return entries;
}
