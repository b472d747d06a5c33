/**
 * What the drafting form offers and asks, decided here so the pane only shows it: the parent's
 * tasks a unit decides on (the first level only: a sub-task "2.a" comes with its task), each with
 * its default wording at the unit's level and what the parent's data says of it; the targets of
 * the plan's period; the reporting deadline the pipeline would compute, with its reason; and the
 * required fields left empty. The same rules as fitToUnit.ts and reportingPlan.ts, which draft.
 */
import type { ParentPlan, ParentTarget, ParentTask } from '../plan/parentPlan';
import type { UnitRegistry } from '../catalog/unitRegistry';
import type { DraftForm } from './draftForm';
import { childrenOf, reword, topTasks, type TargetDecision, type TaskDecision } from './fitToUnit';
import { isEmpty, valueAt, type DeclaredField, type FormDeclaration, type Words } from './formDeclaration';
import { planReporting, type ReportingPlan } from './reportingPlan';

/** applies: carried out (as written or reworded); not-applicable: left out with a reason; merged: carried out within another task. */
export type TaskChoice = 'applies' | 'not-applicable' | 'merged';

export interface TaskRow {
  code: string;
  /** The parent's own wording. */
  parentTitle: string;
  /** The wording the plan gets when the form gives none: the level's note, else the parent's in the level's words. */
  defaultTitle: string;
  /** The parent's sub-tasks that come with the task at this level (in the level's words), and those the data leaves out. */
  points: { code: string; title: string; applies: boolean; reason: string | null }[];
  /** The parent's timing, used when the form gives none. */
  parentTiming: string | null;
  suggestedLead: string | null;
  choice: TaskChoice;
  /** The reason the parent's data gives for leaving the task out at this level. */
  levelReason: string | null;
}

/** The first-level tasks of the parent, as the form decides them. */
export function taskRows(parent: ParentPlan, form: DraftForm, registry: UnitRegistry): TaskRow[] {
  return topTasks(parent).map((t) => {
    const note = t.levels?.[registry.level];
    return {
      code: t.code,
      parentTitle: t.title,
      defaultTitle: reword(note?.title ?? t.title, registry.wording),
      points: childrenOf(parent, t.code).map((p) => {
        const n = p.levels?.[registry.level];
        return { code: p.code, title: reword(n?.title ?? p.title, registry.wording), applies: n?.applies !== false, reason: n?.applies === false ? (n.reason ?? null) : null };
      }),
      parentTiming: t.timing ?? null,
      suggestedLead: t.suggestedLead ?? null,
      choice: taskChoice(t, form.tasks[t.code], registry.level),
      levelReason: note?.applies === false ? (note.reason ?? null) : null,
    };
  });
}

/** What the form decides for a task: its decision, or, where it has none, what the parent's data says of the level. */
export function taskChoice(task: ParentTask, decision: TaskDecision | undefined, level: string): TaskChoice {
  if (!decision) return task.levels?.[level]?.applies === false ? 'not-applicable' : 'applies';
  if (decision.applies === false) return 'not-applicable';
  if (decision.mergedInto) return 'merged';
  return 'applies';
}

/**
 * The decision a choice starts from, keeping what the secretary already typed. A task the parent's
 * data leaves out at this level needs no decision at all (no entry), as in a YAML form.
 */
export function decisionFor(choice: TaskChoice, row: TaskRow, previous: TaskDecision | undefined, others: TaskRow[]): TaskDecision | undefined {
  const kept = { lead: previous?.lead ?? null, cooperating: previous?.cooperating ?? null, timing: previous?.timing ?? null, title: previous?.title ?? null };
  const clean = (d: TaskDecision) => Object.fromEntries(Object.entries(d).filter(([, v]) => !isEmpty(v))) as TaskDecision;
  switch (choice) {
    case 'applies':
      return clean({ ...kept, timing: kept.timing ?? row.parentTiming, applies: row.levelReason ? true : null });
    case 'not-applicable':
      if (row.levelReason && !previous?.reason) return undefined;
      // What was typed stays (the draft ignores it) so that changing back to "applies" finds it again.
      return clean({ ...kept, applies: false, reason: previous?.reason ?? row.levelReason ?? '' });
    case 'merged': {
      const into = previous?.mergedInto ?? others.find((o) => o.code !== row.code && o.choice === 'applies')?.code ?? '';
      return clean({ ...kept, mergedInto: into, reason: previous?.reason ?? null });
    }
  }
}

export interface TargetRow {
  id: string;
  indicator: string;
  unit: string;
  /** The parent's value and year for the last year of the indicator in the plan's period. */
  parentValue: number;
  parentYear: number;
  applies: boolean;
  levelReason: string | null;
}

/** One row per indicator: its last year within the plan's period, as fitToUnit sets the unit's value on. */
export function targetRows(parent: ParentPlan, form: DraftForm, registry: UnitRegistry): TargetRow[] {
  const period = form.period ?? parent.period ?? null;
  const latest = new Map<string, ParentTarget>();
  for (const t of parent.targets) {
    if (period && (t.year < period.from || t.year > period.to)) continue;
    if ((latest.get(t.id)?.year ?? -Infinity) < t.year) latest.set(t.id, t);
  }
  return [...latest.values()].map((t) => {
    const note = t.levels?.[registry.level];
    const raw = form.targets?.[t.id];
    const d = typeof raw === 'number' ? { value: raw } : raw;
    return {
      id: t.id,
      indicator: reword(note?.indicator ?? t.indicator, registry.wording),
      unit: t.unit,
      parentValue: t.value,
      parentYear: t.year,
      applies: d ? d.applies !== false : note?.applies !== false,
      levelReason: note?.applies === false ? (note.reason ?? null) : null,
    };
  });
}

/** A target's decision after a choice, keeping the value typed; none where it says what the data already says. */
export function targetDecisionFor(applies: boolean, row: TargetRow, previous: TargetDecision | undefined): TargetDecision | undefined {
  const p = typeof previous === 'number' ? { value: previous } : (previous ?? {});
  if (!applies) return row.levelReason && !p.reason ? undefined : { applies: false, reason: p.reason ?? row.levelReason ?? '' };
  const d = Object.fromEntries(Object.entries({ value: p.value, year: p.year, base: p.base }).filter(([, v]) => !isEmpty(v)));
  // A target the data leaves out is brought back by saying it applies.
  if (row.levelReason) return { ...d, applies: true };
  return Object.keys(d).length ? d : undefined;
}

/**
 * The reporting deadline the draft would carry, with why (`10 ngày trước hạn 10/12 của kế hoạch
 * cấp trên …`), or the reason there is none yet: the same computation as the draft's.
 */
export function reportingPreview(parent: ParentPlan, form: DraftForm, registry: UnitRegistry): { plan: ReportingPlan | null; problem: Words | null } {
  let problem: Words | null = null;
  const plan = planReporting(parent.reporting ?? null, form.reporting ?? {}, registry.reporting, registry.title, { unit: form.unit?.name ?? '', standing: null }, (_, vi, en) => {
    problem ??= { vi, en };
  });
  return { plan: problem ? null : plan, problem };
}

/**
 * Whether a declared field is required for this parent and form: as declared, and the plan's
 * period (`period.from`, `period.to`) when the parent gives none or the form has begun one.
 */
export function fieldRequired(f: DeclaredField, form: DraftForm, parent: ParentPlan): boolean {
  if (f.path === 'period.from' || f.path === 'period.to') return f.required || !parent.period || !isEmpty(form.period?.from) || !isEmpty(form.period?.to);
  return f.required;
}

/** A required field left empty: where it is (also the input's test id) and how the form names it. */
export interface MissingField {
  path: string;
  label: Words;
}

/**
 * The required fields left empty, in form order: the declared ones, then per task those a
 * decision needs (a lead where it applies, a timing where neither form nor parent gives one, a
 * reason where it does not apply, the task it joins), then the unit's own tasks and sub-tasks.
 * Only what the form is about to decide on: a sub-task of the parent is not one of them.
 */
export function missingFields(form: DraftForm, declaration: FormDeclaration, parent: ParentPlan, registry: UnitRegistry): MissingField[] {
  const missing: MissingField[] = [];
  const ask = (f: DeclaredField, at: string, value: unknown, suffix?: Words) => {
    if (f.required && isEmpty(value)) missing.push({ path: at, label: suffix ? { vi: `${f.label.vi} (${suffix.vi})`, en: `${f.label.en} (${suffix.en})` } : f.label });
  };
  for (const group of declaration.groups) for (const f of group.fields) ask({ ...f, required: fieldRequired(f, form, parent) }, f.path, valueAt(form, f.path));
  for (const row of taskRows(parent, form, registry)) {
    const d = form.tasks[row.code];
    const of = { vi: `nhiệm vụ ${row.code}`, en: `task ${row.code}` };
    if (row.choice === 'applies') {
      for (const f of declaration.task) {
        // The parent's timing stands where the form gives none.
        if (f.path === 'timing' && row.parentTiming) continue;
        ask(f, `tasks.${row.code}.${f.path}`, valueAt(d, f.path), of);
      }
    } else if (row.choice === 'not-applicable' && d && isEmpty(d.reason) && !row.levelReason) {
      missing.push({ path: `tasks.${row.code}.reason`, label: { vi: `Lý do không áp dụng (${of.vi})`, en: `Reason it does not apply (${of.en})` } });
    } else if (row.choice === 'merged' && isEmpty(d?.mergedInto)) {
      missing.push({ path: `tasks.${row.code}.mergedInto`, label: { vi: `Gộp với nhiệm vụ (${of.vi})`, en: `Merged with (${of.en})` } });
    }
  }
  (form.ownTasks ?? []).forEach((task, i) => {
    const of = { vi: `nhiệm vụ riêng ${i + 1}`, en: `own task ${i + 1}` };
    for (const f of declaration.ownTask) ask(f, `ownTasks.${i}.${f.path}`, valueAt(task, f.path), of);
    (task.points ?? []).forEach((p, j) => {
      const point = typeof p === 'string' ? { title: p } : p;
      for (const f of declaration.point) ask(f, `ownTasks.${i}.points.${j}.${f.path}`, valueAt(point, f.path), { vi: `${of.vi}, điểm ${j + 1}`, en: `${of.en}, point ${j + 1}` });
    });
  });
  for (const row of targetRows(parent, form, registry)) {
    const raw = form.targets?.[row.id];
    if (!row.applies && typeof raw === 'object' && raw && isEmpty(raw.reason) && !row.levelReason) {
      missing.push({ path: `targets.${row.id}.reason`, label: { vi: `Lý do không áp dụng (chỉ tiêu ${row.indicator})`, en: `Reason it does not apply (target ${row.id})` } });
    }
  }
  return missing;
}
