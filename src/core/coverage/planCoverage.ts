/**
 * The parent's view of a folder of plans: each of the parent's tasks and targets against each
 * plan that implements it (assigned to whom and by when, declared not applicable with the reason
 * the drafting form recorded, or missing), and each plan's reporting deadline against the
 * parent's. Pure data in, pure data out: the CLI prints it, writes it as CSV and as HTML.
 */
import type { ParentPlan } from '../plan/parentPlan';
import type { ReportingDeadline, Target, Task } from '../plan/model';
import { coverage, indicatorTerms, similarity } from '../checks/support/indicatorMatch';

/** What a plan says about one parent task when its drafting form recorded it (the parent link part). */
export interface DeclaredCoverage {
  code: string;
  status: 'applies' | 'not-applicable' | 'merged';
  /** Why the task does not apply to this unit, as the form recorded it. */
  reason?: string;
  /** The parent task code this one was merged into. */
  into?: string;
  /** A task that applies: its number in the plan's tasks section (`3` for III.3). */
  at?: string;
}

/** The parts of one read plan that coverage needs (structured-clone safe: it crosses worker threads). */
export interface CoveragePlan {
  file: string;
  tasks: Pick<Task, 'path' | 'title' | 'lead' | 'timing' | 'paragraph'>[];
  targets: Pick<Target, 'text' | 'indicator' | 'value' | 'unit' | 'year' | 'paragraph'>[];
  reporting: Pick<ReportingDeadline, 'text' | 'paragraph'>[];
  declared?: DeclaredCoverage[];
  /** What the drafting form recorded for each parent target (`code` is the target's id; `applies` stands for an own value). */
  declaredTargets?: DeclaredCoverage[];
  /** True when the check found the plan's reporting deadline not earlier than the parent's. */
  reportingLate?: boolean;
}

export type CoverageCell =
  | { status: 'assigned'; lead: string | null; timing: string | null; path: string; paragraph: number }
  | { status: 'not-applicable'; reason: string | null }
  | { status: 'merged'; into: string | null }
  | { status: 'missing' };

export type TargetCell =
  | { status: 'set'; value: number; unit: string; year: number | null; below: boolean; paragraph: number }
  | { status: 'not-applicable'; reason: string | null }
  | { status: 'missing' };

export type ReportingCell = { status: 'before' | 'not-before'; text: string; paragraph: number } | { status: 'missing' };

export interface CoverageTable {
  parent: Pick<ParentPlan, 'id' | 'kind' | 'number' | 'date' | 'issuer' | 'title'>;
  parentReporting: string | null;
  plans: string[];
  tasks: { code: string; title: string; cells: CoverageCell[] }[];
  targets: { id: string; indicator: string; value: number; unit: string; year: number; cells: TargetCell[] }[];
  reporting: ReportingCell[];
}

/** Share of a parent task's words a plan task's title must carry to be taken for it. */
const TASK_MATCH = 0.6;
/** Share of a parent indicator's words a plan target must carry (as target-below-parent asks). */
const TARGET_MATCH = 0.6;

/** The plan task that implements a parent task: the best title match above the bar, each plan task used once. */
function matchTasks(parent: ParentPlan['tasks'], plan: CoveragePlan): Map<string, CoveragePlan['tasks'][number]> {
  const planTerms = plan.tasks.map((t) => indicatorTerms(t.title));
  const used = new Set<number>();
  const found = new Map<string, CoveragePlan['tasks'][number]>();
  for (const p of parent) {
    const terms = indicatorTerms(p.title);
    let best = -1;
    let bestScore = 0;
    planTerms.forEach((child, i) => {
      if (used.has(i) || coverage(terms, child) < TASK_MATCH) return;
      const score = similarity(terms, child);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best >= 0) {
      used.add(best);
      found.set(p.code, plan.tasks[best]);
    }
  }
  return found;
}

/**
 * The plan task the drafting form said carries the parent task out (`at`), found by its place:
 * a short heading ("Truyền thông, nâng cao nhận thức …") shares too few words with the parent's
 * long title for the title match. Taken only while its words are still mostly the parent's, so a
 * task deleted or moved after drafting is not taken for another.
 */
function declaredTask(plan: CoveragePlan, parentTitle: string, declared: DeclaredCoverage | undefined): CoveragePlan['tasks'][number] | undefined {
  if (declared?.status !== 'applies' || !declared.at) return undefined;
  const found = plan.tasks.find((t) => /^[IVXLC]+\.\d+$/.test(t.path) && t.path.endsWith(`.${declared.at}`));
  return found && coverage(indicatorTerms(found.title), indicatorTerms(parentTitle)) >= TASK_MATCH ? found : undefined;
}

function taskCell(code: string, match: CoveragePlan['tasks'][number] | undefined, declared: DeclaredCoverage | undefined): CoverageCell {
  if (declared?.status === 'not-applicable') return { status: 'not-applicable', reason: declared.reason ?? null };
  if (declared?.status === 'merged') return { status: 'merged', into: declared.into ?? null };
  if (match) return { status: 'assigned', lead: match.lead, timing: match.timing, path: match.path, paragraph: match.paragraph };
  void code;
  return { status: 'missing' };
}

function targetCell(target: ParentPlan['targets'][number], plan: CoveragePlan): TargetCell {
  // A target the form set aside for this level (a province's share of communes) is not missing from a commune's plan.
  const declared = plan.declaredTargets?.find((d) => d.code === target.id);
  if (declared?.status === 'not-applicable') return { status: 'not-applicable', reason: declared.reason ?? null };
  const terms = indicatorTerms(target.indicator);
  let best: CoveragePlan['targets'][number] | null = null;
  let bestScore = 0;
  for (const t of plan.targets) {
    const child = indicatorTerms(t.indicator ?? t.text);
    if (t.unit !== target.unit || coverage(terms, child) < TARGET_MATCH) continue;
    const score = similarity(terms, child);
    if (score > bestScore) {
      best = t;
      bestScore = score;
    }
  }
  if (!best) return { status: 'missing' };
  return { status: 'set', value: best.value, unit: best.unit, year: best.year, below: best.value < target.value, paragraph: best.paragraph };
}

/** The parent's top-level tasks (the ones a drafting form assigns; "2.a" are points of task 2). */
export function topLevelTasks(parent: ParentPlan): ParentPlan['tasks'] {
  const top = parent.tasks.filter((t) => !t.code.includes('.'));
  return top.length > 0 ? top : parent.tasks;
}

/** The coverage of `parent` by each of `plans`, in the order given. */
export function planCoverage(parent: ParentPlan, plans: CoveragePlan[]): CoverageTable {
  const tasks = topLevelTasks(parent);
  const matches = plans.map((p) => matchTasks(tasks, p));
  const declaredBy = plans.map((p) => new Map((p.declared ?? []).map((d) => [d.code, d])));
  return {
    parent: { id: parent.id, kind: parent.kind, number: parent.number, date: parent.date, issuer: parent.issuer, title: parent.title },
    parentReporting: parent.reporting ? (parent.reporting.text ?? `${parent.reporting.day}/${parent.reporting.month}`) : null,
    plans: plans.map((p) => p.file),
    tasks: tasks.map((t) => ({ code: t.code, title: t.title, cells: plans.map((p, i) => taskCell(t.code, matches[i].get(t.code) ?? declaredTask(p, t.title, declaredBy[i].get(t.code)), declaredBy[i].get(t.code))) })),
    targets: parent.targets.map((t) => ({ id: t.id, indicator: t.indicator, value: t.value, unit: t.unit, year: t.year, cells: plans.map((p) => targetCell(t, p)) })),
    reporting: plans.map((p): ReportingCell => {
      const first = p.reporting[0];
      if (!first) return { status: 'missing' };
      return { status: p.reportingLate ? 'not-before' : 'before', text: first.text, paragraph: first.paragraph };
    }),
  };
}
