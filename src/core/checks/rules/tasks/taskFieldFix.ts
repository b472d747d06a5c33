import type { Task } from '../../../plan/model';
import type { Fix } from '../../types';

/** The labelled line a missing task field is inserted as, and its content-control tag. */
const FIELD_LINE = {
  lead: { text: 'Đơn vị chủ trì: …', tag: 'kh:lead', vi: 'Thêm dòng "Đơn vị chủ trì"', en: 'Add a lead-unit line' },
  timing: { text: 'Thời gian thực hiện: …', tag: 'kh:timing', vi: 'Thêm dòng "Thời gian thực hiện"', en: 'Add a timing line' },
} as const;

/**
 * Insert the missing field after the task's last field line, or after its title when it has
 * none; a row of an appendix table gets no fix, since a paragraph cannot go inside a cell row.
 */
export function missingFieldFix(task: Task, field: keyof typeof FIELD_LINE): Fix | undefined {
  if (task.source === 'table') return undefined;
  let after = task.paragraph;
  for (const f of Object.values(task.fields)) if (f && f.paragraph > after && f.paragraph <= task.endParagraph) after = f.paragraph;
  const line = FIELD_LINE[field];
  return { kind: 'insert-paragraph-after', paragraph: after, text: line.text, tag: line.tag, label: { vi: line.vi, en: line.en } };
}
