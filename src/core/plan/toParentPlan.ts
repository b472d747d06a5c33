/**
 * A plan read from a document, as a parent plan a child can cite and be checked against
 * (`kh parent import`). What the document does not say is left blank and listed in
 * `unresolved`, for the maintainer to fill; nothing is guessed.
 */
import { kindOfNumber } from '../text/documentKinds';
import { foldWords } from '../text/fold';
import type { DocumentSnapshot } from '../snapshot';
import type { Item, Plan } from './model';
import type { ParentPlan, ParentReporting, ParentTarget, ParentTask } from './parentPlan';
import { readPlan } from './readPlan';

/** `lãnh đạo chủ chốt là nữ` → `lanh-dao-chu-chot-la-nu`: ids maintainers can type. */
export function slugify(text: string, maxWords = 6): string {
  return foldWords(text)
    .replace(/%/g, ' ')
    .split(' ')
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

/** `III.1.a` → `1.a`: the task's code inside its section; null for bullets and table rows without one. */
function taskCode(path: string): string | null {
  const code = path.replace(/^[IVXLC]+\./, '');
  return /^\d+(\.(\d+|[a-zđ]))*$/u.test(code) ? code : null;
}

function flattenItems(items: Item[]): Item[] {
  return items.flatMap((i) => (taskCode(i.path) ? [i, ...flattenItems(i.children)] : []));
}

export function planToParent(plan: Plan, id: string): ParentPlan {
  const unresolved: string[] = [];
  const need = <T>(value: T | null | undefined, field: string, blank: T): T => {
    if (value == null || value === '') {
      unresolved.push(field);
      return blank;
    }
    return value;
  };

  // A draft's blank number ("Số: /KH-UBND") still tells the kind, not the number.
  const number = need(plan.number && /^\s*\d/.test(plan.number) ? plan.number : null, 'number', '');
  const kind = (plan.number && kindOfNumber(plan.number.replace(/^\s*\//, '0/'))) || need<string>(null, 'kind', 'KH');
  const date = need(plan.date, 'date', '');
  const issuer = need(plan.issuer, 'issuer', '');
  const title = need(plan.title, 'title', '');
  if (!plan.period) unresolved.push('period');

  const seen = new Set<string>();
  const targets: ParentTarget[] = [];
  for (const t of plan.targets) {
    const year = t.year ?? plan.period?.to ?? null;
    const indicator = (t.indicator ?? t.text).trim().replace(/\s+(đạt|là)$/u, '');
    if (year == null || !indicator) continue;
    let tid = slugify(indicator, 8) || `chi-tieu-${targets.length + 1}`;
    while (seen.has(`${tid}@${year}`)) tid = `${tid}-${targets.length + 1}`;
    seen.add(`${tid}@${year}`);
    targets.push({ id: tid, indicator, value: t.value, unit: t.unit, year });
  }
  if (targets.length === 0) unresolved.push('targets');

  // A plan without task fields still lists its tasks: the items of its tasks section.
  const listed: { path: string; title: string; lead?: string | null; timing?: string | null }[] = plan.tasks.length
    ? plan.tasks
    : plan.sections.filter((s) => s.kind === 'tasks').flatMap((s) => flattenItems(s.items));
  const codes = new Set<string>();
  const tasks: ParentTask[] = [];
  for (const t of listed) {
    if (!t.title.trim()) continue;
    let code = taskCode(t.path) ?? String(tasks.length + 1);
    while (codes.has(code)) code = `${code}.${tasks.length + 1}`;
    codes.add(code);
    tasks.push({
      code,
      title: t.title,
      ...(t.lead ? { suggestedLead: t.lead } : {}),
      ...(t.timing ? { timing: t.timing } : {}),
    });
  }
  if (tasks.length === 0) unresolved.push('tasks');

  let reporting: ParentReporting | null = null;
  const r = plan.reporting.find((d) => d.day != null && d.month != null);
  if (r) reporting = { day: r.day!, month: r.month!, year: r.year, recurrence: r.recurrence ?? (r.year ? 'once' : 'yearly'), text: r.text };
  else unresolved.push('reporting');

  // Its own parent is in the catalog under an id only a person can tell.
  if (plan.references.length) unresolved.push('parent');

  return {
    id,
    kind,
    number,
    date,
    issuer,
    title,
    ...(plan.period ? { period: plan.period } : {}),
    targets,
    tasks,
    reporting,
    parent: null,
    ...(unresolved.length ? { unresolved } : {}),
  };
}

/** A parent plan read from the document `fileName` (CLI `--parent`, the pane's import), its id from the file's name. */
export function parentFromDocument(snapshot: DocumentSnapshot, fileName: string): ParentPlan {
  const stem = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return planToParent(readPlan(snapshot), slugify(stem));
}
