/**
 * Which items are tasks. DESIGN.md: "a task is an item of the tasks section that carries its own
 * fields, or would if the plan gave fields to its siblings". So, among the children of one parent
 * that share a marker kind: when any of them carries fields (labels, content controls or the
 * inline "X chủ trì, phối hợp với Y"), each of them is a task, and those without fields are tasks
 * with `lead: null` / `timing: null` (the plan labels some tasks and not others: flag those).
 * A sibling without fields whose own children carry them is a heading over tasks, not a task.
 * When no item of a group carries fields, the plan assigns work elsewhere (Tổ chức thực hiện, an
 * appendix table): its items are not tasks, and no task is flagged for lacking labels.
 * A task under a unit heading ("2.1. Sở Tài chính", "a) Công an tỉnh và các địa phương") without a
 * lead of its own has that unit as its lead.
 */
import type { Task, TaskField } from './model';
import type { OutlineItem, OutlineSection } from './readOutline';

function hasOwnFields(item: OutlineItem): boolean {
  return item.labels.length > 0 || item.inline !== null;
}

const below = new WeakMap<OutlineItem, boolean>();

/** Whether any descendant carries fields; remembered, so deep outlines stay linear. */
function hasFieldsBelow(item: OutlineItem): boolean {
  let known = below.get(item);
  if (known === undefined) {
    known = item.children.some((c) => hasOwnFields(c) || hasFieldsBelow(c));
    below.set(item, known);
  }
  return known;
}

/** Sections that can hold tasks: the tasks section, and assignment sections ("PHÂN CÔNG NHIỆM VỤ", Tổ chức thực hiện) when they label their items. */
const MAY_HOLD_TASKS = new Set(['tasks', 'organization', 'other']);

/** Tasks from the items of the sections that hold them, in document order. */
export function tasksFromSections(sections: OutlineSection[]): Task[] {
  const items: Visited[] = [];
  for (const section of sections) {
    if (section.kind === 'tasks') visit(section.items, items);
    // Elsewhere only labels make tasks: "Sở X chủ trì, phối hợp với Y" is how Tổ chức thực hiện assigns, not a task.
    else if (MAY_HOLD_TASKS.has(section.kind) && section.items.some(hasLeadBelowOrOwn)) visit(section.items, items, false);
  }
  // "Cơ quan/Đơn vị thực hiện" names the lead only where that is how the plan names it: a plan that
  // puts it beside "Đơn vị chủ trì" in a task means the units that carry the task out, so there a
  // task with "thực hiện" alone has no lead.
  const executingIsLead = !items.some(({ item }) => item.labels.some((h) => h.kind === 'lead') && item.labels.some((h) => h.kind === 'executing'));
  return items.map(({ item, inline, unit }) => toTask(item, inline, executingIsLead, unit)).sort((a, b) => a.paragraph - b.paragraph);
}

function hasLeadLabel(item: OutlineItem): boolean {
  return item.labels.some((h) => h.kind === 'lead' || h.kind === 'executing');
}

function hasLeadBelowOrOwn(item: OutlineItem): boolean {
  return hasLeadLabel(item) || item.children.some(hasLeadBelowOrOwn);
}

/** An item that is a task, and the unit a heading above it names ("2.1. Sở Tài chính"), if any. */
interface Visited {
  item: OutlineItem;
  inline: boolean;
  unit?: OutlineItem['unit'];
}

function visit(items: OutlineItem[], out: Visited[], inline = true, unit?: OutlineItem['unit']): void {
  // In the tasks section any field makes a task; elsewhere ("1. Sở Tư pháp … Thời gian: …" in Tổ chức
  // thực hiện) only a lead label does, so a body's paragraph with a date is not taken for a task.
  const own = (i: OutlineItem) => (inline ? i.labels.length > 0 || i.inline !== null : hasLeadLabel(i));
  const labelledKinds = new Set(items.filter(own).map((i) => i.kind));
  for (const item of items) {
    const under = item.unit ?? unit;
    if (own(item) || (labelledKinds.has(item.kind) && !hasFieldsBelow(item))) out.push({ item, inline, unit: under });
    if (item.children.length) visit(item.children, out, inline, under);
  }
}

function toTask(item: OutlineItem, inline: boolean, executingIsLead: boolean, unit?: OutlineItem['unit']): Task {
  const fields: Task['fields'] = {};
  type Hit = OutlineItem['labels'][number];
  const chosen: Partial<Record<Hit['kind'], Hit>> = {};
  for (const h of item.labels) {
    // The first label of each kind, except that a content control beats a label: our drafts carry both.
    const had = chosen[h.kind];
    if (!had || (h.source === 'control' && had.source !== 'control')) chosen[h.kind] = h;
  }
  const pick = (kind: Hit['kind']) => chosen[kind];
  const asField = (h: Hit): TaskField => ({ value: h.value, label: h.label, paragraph: h.paragraph, source: h.source });
  const lead = pick('lead');
  const executing = pick('executing');
  const cooperating = pick('cooperating');
  const timing = pick('timing');
  const leadIsExecuting = !lead && executing !== undefined && executingIsLead;
  if (lead) fields.lead = asField(lead);
  else if (leadIsExecuting) fields.lead = asField(executing);
  else if (inline && item.inline) fields.lead = { value: item.inline.lead, label: 'chủ trì', paragraph: item.inline.paragraph, source: 'inline' };
  // A unit heading above the task ("2.1. Sở Tài chính", "Giao Sở Nội vụ:") names its lead.
  else if (unit) fields.lead = { value: unit.name, label: 'đơn vị (tiêu đề)', paragraph: unit.paragraph, source: 'heading' };
  if (cooperating) fields.cooperating = asField(cooperating);
  else if (executing && !leadIsExecuting) fields.cooperating = asField(executing);
  else if (inline && !lead && !executing && item.inline?.cooperating) fields.cooperating = { value: item.inline.cooperating, label: 'phối hợp với', paragraph: item.inline.paragraph, source: 'inline' };
  if (timing) fields.timing = asField(timing);
  return {
    path: item.path,
    title: item.title,
    lead: fields.lead?.value || null,
    cooperating: fields.cooperating?.value || null,
    timing: fields.timing?.value || null,
    paragraph: item.paragraph,
    endParagraph: item.endParagraph,
    fields,
    source: 'item',
  };
}
