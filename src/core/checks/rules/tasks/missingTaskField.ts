/** What task-lead-missing and task-timing-missing share: the hits for one field, and the fix. */
import type { Plan, Task } from '../../../plan/model';
import { isPlaceholderValue } from '../../support/placeholder';
import type { Fix, RuleHit } from '../../types';

/** The labelled line a missing task field is inserted as, and its content-control tag. */
const FIELD_LINE = {
  lead: { text: 'Đơn vị chủ trì: …', tag: 'kh:lead', vi: 'Thêm dòng "Đơn vị chủ trì"', en: 'Add a lead-unit line' },
  timing: { text: 'Thời gian thực hiện: …', tag: 'kh:timing', vi: 'Thêm dòng "Thời gian thực hiện"', en: 'Add a timing line' },
} as const;

/**
 * Insert the missing field after the task's last field line, or after its title when it has
 * none; a row of an appendix table gets no fix, since a paragraph cannot go inside a cell row.
 */
function missingFieldFix(task: Task, field: keyof typeof FIELD_LINE): Fix | undefined {
  if (task.source === 'table') return undefined;
  let after = task.paragraph;
  for (const f of Object.values(task.fields)) if (f && f.paragraph > after && f.paragraph <= task.endParagraph) after = f.paragraph;
  const line = FIELD_LINE[field];
  return { kind: 'insert-paragraph-after', paragraph: after, text: line.text, tag: line.tag, label: { vi: line.vi, en: line.en } };
}

/**
 * A task without the field is flagged at its title, with the fix; one whose field holds only a
 * blank ("…", "[tên đơn vị]") is flagged at that field, as the `placeholder` variant.
 */
export function missingTaskField(plan: Plan, field: keyof typeof FIELD_LINE): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const task of plan.tasks) {
    const value = task[field];
    if (value != null && !isPlaceholderValue(value)) continue;
    const labelled = task.fields[field];
    // "Đơn vị thực hiện" is the lead where the plan names the lead that way (DESIGN.md); here the reader
    // took it for the units carrying the task out, since other tasks give it beside "Đơn vị chủ trì": say so.
    const executing = field === 'lead' && value == null ? task.fields.cooperating : undefined;
    if (executing && executing.source === 'label' && /thực hiện/iu.test(executing.label)) {
      hits.push({ paragraph: task.paragraph, variant: 'executing', args: { path: task.path, label: executing.label, value: executing.value.trim() }, fix: missingFieldFix(task, field) });
    } else if (value != null && labelled) {
      hits.push({ paragraph: labelled.paragraph, variant: 'placeholder', args: { path: task.path, value: value.trim() } });
    } else {
      hits.push({ paragraph: task.paragraph, args: { path: task.path }, fix: missingFieldFix(task, field) });
    }
  }
  return hits;
}
