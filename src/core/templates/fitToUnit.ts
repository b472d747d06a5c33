/**
 * A parent plan fitted to the unit that implements it: for each of the parent's tasks and targets
 * the form says whether it applies (as written, or in the unit's words), does not apply at this
 * level (with a reason), or is merged into another task; the unit adds its own tasks. Defaults
 * come from data: the parent plan's per-level notes (`levels:` on a task or target) and the
 * level's wording (`wording:` in templates/units/<level>.yaml). Nothing of the parent is forced
 * into the draft and nothing is dropped without a coverage entry saying why.
 */
import type { ParentPlan, ParentTarget, ParentTask } from '../plan/parentPlan';
import type { CoverageEntry } from '../snapshot';
import { diem } from '../text/pointLetters';

/** A sub-task (điểm a., b., c.): a line, or a line with its own lead, cooperating units and timing. */
export type PointInput = string | { title: string; lead?: string | null; cooperating?: string[] | null; timing?: string | null };

/** What the form says about one of the parent's tasks. */
export interface TaskDecision {
  /** false: not carried out at this level (give `reason`). */
  applies?: boolean | null;
  reason?: string | null;
  /** Carried out within another of the parent's tasks (its code). */
  mergedInto?: string | null;
  lead?: string | null;
  cooperating?: string[] | null;
  /** Defaults to the parent's timing for the task. */
  timing?: string | null;
  /** The unit's own wording of the task. */
  title?: string | null;
  /** A one-line bold heading when the wording is longer than a line. */
  heading?: string | null;
  /** The unit's own sub-tasks, in place of the parent's. */
  points?: PointInput[] | null;
}

/** A task of the unit's own, not in the parent. */
export interface OwnTask {
  title: string;
  heading?: string | null;
  lead: string;
  cooperating?: string[] | null;
  timing: string;
  points?: PointInput[] | null;
}

/** A target: the unit's own value (a number), or value/year/base, or not applicable with a reason. */
export type TargetDecision = number | { value?: number | null; year?: number | null; base?: string | null; applies?: boolean | null; reason?: string | null };

/** How a level words what the parent says (templates/units/<level>.yaml `wording:`), applied in order. */
export type Wording = readonly { from: string; to: string }[];

export interface FitInput {
  parent: ParentPlan;
  /** The unit registry's level (`xa`, `van-phong-ubnd-tinh`): selects the parent's `levels:` notes. */
  level: string;
  wording: Wording;
  tasks: Record<string, TaskDecision>;
  ownTasks: OwnTask[];
  targets: Record<string, TargetDecision>;
  period: { from: number; to: number } | null;
}

export interface FittedPoint {
  marker: string;
  title: string;
  /** Set when the sub-task has its own lead (then cooperating and timing are its own too). */
  lead: string | null;
  cooperating: string[] | null;
  timing: string | null;
}

export interface FittedTask {
  /** The number the task has in this plan (1, 2, …). */
  code: string;
  /** The parent task it carries out, or null for the unit's own. */
  parentCode: string | null;
  /** The whole wording. */
  title: string;
  /** One bold line, or null when the wording does not fit one and no short heading is given. */
  heading: string | null;
  /** The wording after the heading, when the heading is its first sentence. */
  body: string | null;
  lead: string;
  cooperating: string[];
  timing: string;
  points: FittedPoint[];
}

export interface FittedTarget {
  id: string;
  indicator: string;
  value: number;
  unit: string;
  year: number;
  parentValue: number;
  /** The unit's own starting point ("năm 2025 đạt 40%"). */
  base: string | null;
}

/** A part of the parent left out at this level, for the reviewer. */
export interface LeftOut {
  kind: 'task' | 'target';
  code: string;
  title: string;
  reason: string;
  /** Set when merged. */
  into?: string;
}

export interface FitResult {
  tasks: FittedTask[];
  targets: FittedTarget[];
  coverage: CoverageEntry[];
  leftOut: LeftOut[];
}

/** Where each form mistake is reported: a path in the form and a sentence in both languages. */
export type Fail = (path: (string | number)[], vi: string, en: string) => void;

/** About one line of bold Times New Roman 14 across the NĐ 30 text width, after the indent and marker. */
export const HEADING_MAX_CHARS = 72;

/** The level's wording applied to a text of the parent's. */
export function reword(text: string, wording: Wording): string {
  let out = text.normalize('NFC');
  for (const { from, to } of wording) out = out.split(from.normalize('NFC')).join(to.normalize('NFC'));
  return out;
}

/** A heading of one bold line: the given one, the whole wording if short, else its first sentence; null if none fits. */
export function splitHeading(title: string, given?: string | null): { heading: string | null; body: string | null } {
  const text = title.trim();
  const sentence = (s: string) => (/[.:;!?]$/.test(s) ? s : `${s}.`);
  if (given && given.trim()) return { heading: given.trim().replace(/[.:;]$/, ''), body: sentence(text) };
  if (text.length <= HEADING_MAX_CHARS) return { heading: text.replace(/[.:;]$/, ''), body: null };
  const m = /^(.+?[.:])\s+(\S.*)$/su.exec(text);
  if (m && m[1].length <= HEADING_MAX_CHARS) return { heading: m[1].replace(/[.:]$/, ''), body: sentence(m[2]) };
  return { heading: null, body: null };
}

/** A task of the parent's first level: no dot, or a sub-task whose own parent the file does not list (an import's "1.a" under an unlabelled "1."). */
const isTop = (parent: ParentPlan) => {
  const codes = new Set(parent.tasks.map((t) => t.code));
  return (t: ParentTask) => !t.code.includes('.') || !codes.has(t.code.slice(0, t.code.lastIndexOf('.')));
};
/** The parent's tasks a form decides on: a sub-task comes with its task. */
export const topTasks = (parent: ParentPlan): ParentTask[] => parent.tasks.filter(isTop(parent));
export const childrenOf = (parent: ParentPlan, code: string) => parent.tasks.filter((p) => p.code.startsWith(`${code}.`) && p.code.split('.').length === code.split('.').length + 1);

function fitPoints(inputs: PointInput[], from: number): FittedPoint[] {
  return inputs.map((p, i) => {
    const marker = `${diem(from + i)})`;
    if (typeof p === 'string') return { marker, title: p, lead: null, cooperating: null, timing: null };
    return { marker, title: p.title, lead: p.lead ?? null, cooperating: p.cooperating?.length ? p.cooperating : null, timing: p.timing ?? null };
  });
}

export function fitToUnit(input: FitInput, fail: Fail): FitResult {
  const { parent, level, wording } = input;
  const coverage: CoverageEntry[] = [];
  const leftOut: LeftOut[] = [];
  const top = topTasks(parent);
  const topCodes = new Set(top.map((t) => t.code));

  for (const code of Object.keys(input.tasks)) {
    if (!topCodes.has(code)) fail(['tasks', code], `kế hoạch cấp trên không có nhiệm vụ "${code}"; các nhiệm vụ có: ${[...topCodes].join(', ')}`, `the parent has no task "${code}"`);
  }

  // First pass: what becomes of each parent task.
  type Kept = { task: ParentTask; decision: TaskDecision; entry: CoverageEntry };
  const kept: Kept[] = [];
  const mergedInto = new Map<string, ParentTask[]>();
  for (const t of top) {
    const d = input.tasks[t.code];
    const note = t.levels?.[level];
    const title = t.title.slice(0, 60);
    if (!d) {
      if (note && note.applies === false) {
        const reason = note.reason ?? 'không thực hiện ở cấp này';
        coverage.push({ kind: 'task', code: t.code, status: 'not-applicable', reason });
        leftOut.push({ kind: 'task', code: t.code, title: t.title, reason });
      } else {
        fail(['tasks'], `chưa quyết định nhiệm vụ ${t.code} của kế hoạch cấp trên ("${title}"): phân công ("${t.code}": { lead: … }), hoặc ghi không áp dụng ({ applies: false, reason: … }) hay gộp ({ mergedInto: … })`, `no decision for parent task ${t.code}`);
      }
      continue;
    }
    if (d.applies === false) {
      const reason = d.reason?.trim() || note?.reason;
      if (!reason) fail(['tasks', t.code, 'applies'], `nhiệm vụ ${t.code} không áp dụng: ghi lý do ngắn (reason: …) để người duyệt biết`, `task ${t.code} does not apply: give a reason`);
      coverage.push({ kind: 'task', code: t.code, status: 'not-applicable', reason: reason ?? '' });
      leftOut.push({ kind: 'task', code: t.code, title: t.title, reason: reason ?? '' });
      continue;
    }
    if (d.mergedInto) {
      const target = input.tasks[d.mergedInto];
      if (!topCodes.has(d.mergedInto) || d.mergedInto === t.code) {
        fail(['tasks', t.code, 'mergedInto'], `gộp vào nhiệm vụ "${d.mergedInto}" không được: cần mã một nhiệm vụ khác của kế hoạch cấp trên`, `cannot merge into "${d.mergedInto}"`);
      } else if (!target || target.applies === false || target.mergedInto) {
        fail(['tasks', t.code, 'mergedInto'], `nhiệm vụ ${d.mergedInto} mà nhiệm vụ ${t.code} gộp vào phải được phân công (không phải không áp dụng hay đã gộp)`, `task ${d.mergedInto} must itself be assigned`);
      }
      const reason = d.reason?.trim() || `thực hiện trong nhiệm vụ ${d.mergedInto}`;
      coverage.push({ kind: 'task', code: t.code, status: 'merged', into: d.mergedInto, reason });
      leftOut.push({ kind: 'task', code: t.code, title: t.title, reason, into: d.mergedInto });
      mergedInto.set(d.mergedInto, [...(mergedInto.get(d.mergedInto) ?? []), t]);
      continue;
    }
    if (!d.lead) fail(['tasks', t.code, 'lead'], `nhiệm vụ ${t.code} áp dụng: chọn đơn vị chủ trì (lead: …)`, `task ${t.code}: choose a lead unit`);
    if (!d.timing && !t.timing) fail(['tasks', t.code, 'timing'], `nhiệm vụ ${t.code}: kế hoạch cấp trên không ghi thời gian, hãy ghi timing: …`, `task ${t.code}: give a timing`);
    const reworded = Boolean(d.title?.trim() || d.points || note?.title);
    const entry: CoverageEntry = { kind: 'task', code: t.code, status: reworded || wordingChanges(t, parent, wording) ? 'reworded' : 'as-written' };
    kept.push({ task: t, decision: d, entry });
    coverage.push(entry);
  }

  // Second pass: the plan's tasks, numbered in order, the unit's own after the parent's.
  const tasks: FittedTask[] = [];
  for (const { task: t, decision: d, entry } of kept) {
    // Where the task is in this plan (its khoản number), so a batch check can find it without matching words.
    entry.at = String(tasks.length + 1);
    const note = t.levels?.[level];
    const title = d.title?.trim() || reword(note?.title ?? t.title, wording);
    let points: FittedPoint[];
    if (d.points) {
      points = fitPoints(d.points, 0);
    } else {
      // The parent's sub-tasks, less those its data says do not apply at this level (kept in the coverage).
      const subs = childrenOf(parent, t.code).filter((p) => {
        const n = p.levels?.[level];
        if (n?.applies !== false) return true;
        const reason = n.reason ?? 'không thực hiện ở cấp này';
        coverage.push({ kind: 'task', code: p.code, status: 'not-applicable', reason });
        leftOut.push({ kind: 'task', code: p.code, title: p.title, reason });
        return false;
      });
      points = subs.map((p, i) => {
        const last = p.code.split('.').pop()!;
        return { marker: /^\d+$/.test(last) ? `${tasks.length + 1}.${last}.` : `${diem(i)})`, title: reword(p.levels?.[level]?.title ?? p.title, wording), lead: null, cooperating: null, timing: null };
      });
    }
    // A merged task's content stays in the plan, as a sub-task of the one it joined.
    const merged = (mergedInto.get(t.code) ?? []).map((m) => reword(m.levels?.[level]?.title ?? m.title, wording));
    points.push(...fitPoints(merged, points.length));
    const { heading, body } = splitHeading(title, d.heading ?? note?.heading ?? t.heading);
    tasks.push({
      code: String(tasks.length + 1),
      parentCode: t.code,
      title,
      heading,
      body,
      lead: d.lead ?? '',
      cooperating: d.cooperating ?? [],
      timing: d.timing?.trim() || t.timing || '',
      points,
    });
  }
  input.ownTasks.forEach((o) => {
    const { heading, body } = splitHeading(o.title, o.heading);
    tasks.push({ code: String(tasks.length + 1), parentCode: null, title: o.title.trim(), heading, body, lead: o.lead, cooperating: o.cooperating ?? [], timing: o.timing, points: fitPoints(o.points ?? [], 0) });
  });

  return { tasks, ...fitTargets(input, fail, coverage, leftOut), coverage, leftOut };
}

/** Whether the level's wording changes anything in the task or its sub-tasks. */
function wordingChanges(t: ParentTask, parent: ParentPlan, wording: Wording): boolean {
  return [t, ...childrenOf(parent, t.code)].some((x) => reword(x.title, wording) !== x.title.normalize('NFC'));
}

function fitTargets(input: FitInput, fail: Fail, coverage: CoverageEntry[], leftOut: LeftOut[]): { targets: FittedTarget[] } {
  const { parent, level, wording, period } = input;
  const ids = new Set(parent.targets.map((t) => t.id));
  for (const id of Object.keys(input.targets)) {
    if (!ids.has(id)) fail(['targets', id], `kế hoạch cấp trên không có chỉ tiêu "${id}"; các chỉ tiêu có: ${[...ids].join(', ') || '(không có)'}`, `the parent has no target "${id}"`);
  }
  // Only the years inside this plan's period (a 2026-2030 plan has no 2025 targets).
  const inPeriod = parent.targets.filter((t) => !period || (t.year >= period.from && t.year <= period.to));
  const lastYear = new Map<string, number>();
  for (const t of inPeriod) lastYear.set(t.id, Math.max(t.year, lastYear.get(t.id) ?? t.year));
  const out: FittedTarget[] = [];
  const decided = new Set<string>();
  for (const t of inPeriod) {
    const raw = input.targets[t.id];
    const d = typeof raw === 'number' ? { value: raw } : (raw ?? null);
    const note = t.levels?.[level];
    const notApplicable = d ? d.applies === false : note?.applies === false;
    if (notApplicable) {
      if (decided.has(t.id)) continue;
      decided.add(t.id);
      const reason = (d?.reason?.trim() || note?.reason) ?? '';
      if (!reason) fail(['targets', t.id, 'applies'], `chỉ tiêu "${t.id}" không áp dụng: ghi lý do ngắn (reason: …)`, `target "${t.id}" does not apply: give a reason`);
      coverage.push({ kind: 'target', code: t.id, status: 'not-applicable', reason });
      leftOut.push({ kind: 'target', code: t.id, title: t.indicator, reason });
      continue;
    }
    const last = t.year === lastYear.get(t.id);
    // The form's value is the unit's own for the indicator's last year in the period; earlier milestones keep the parent's.
    const own = last && d?.value != null ? d.value : null;
    const year = last && d?.year != null ? d.year : t.year;
    if (last && d?.year != null && period && (d.year < period.from || d.year > period.to)) {
      fail(['targets', t.id, 'year'], `năm ${d.year} của chỉ tiêu "${t.id}" nằm ngoài giai đoạn ${period.from}-${period.to}`, 'target year outside the period');
    }
    if (last) coverage.push(own != null ? { kind: 'target', code: t.id, status: 'own-value', value: own, year } : { kind: 'target', code: t.id, status: 'as-written', year });
    out.push(targetOf(t, own ?? t.value, year, last ? (d?.base?.trim() || null) : null, wording, note?.indicator));
  }
  return { targets: out };
}

function targetOf(t: ParentTarget, value: number, year: number, base: string | null, wording: Wording, indicator?: string): FittedTarget {
  return { id: t.id, indicator: reword(indicator ?? t.indicator, wording), value, unit: t.unit, year, parentValue: t.value, base };
}
