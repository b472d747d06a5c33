/**
 * The comparison of ../shared/tools/score-extract.py, in TypeScript: what `kh extract` reads from a
 * plan against its hand-checked truth (../shared/corpus/truth/README.md), field by field, with the
 * same leniencies (NFC, whitespace runs, case where the Python ignores it, the last signing clause,
 * a reporting phrase contained either way). The reader runs in-process: readPlainText → readPlan →
 * toExtractJson. Used by `npm run score` and by the unseen-plans gate.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { KhInputError } from '../src/core/errors';
import { toExtractJson } from '../src/core/plan/extractJson';
import { readPlan } from '../src/core/plan/readPlan';
import { readPlainText } from '../src/core/text/readPlainText';
import type { Plan } from '../src/core/plan/model';

/** One plan's truth, as in ../shared/corpus/truth/*.json. */
export interface ExtractTruth {
  number: string;
  date: string | null;
  place: string;
  issuer: string | null;
  references: { number: string; date: string | null }[];
  sections: { numeral: string; title: string }[];
  reporting: string[];
  signer: { authority: string; title: string; name: string } | null;
  archive_line: string | null;
  task_label_style?: string;
  tasks_with_lead_label?: number;
}

/** The fields the Python scorer counts, in its order. */
export const SCORED_FIELDS = [
  'number', 'date', 'place', 'issuer', 'references', 'reference_dates', 'sections', 'reporting', 'signer', 'archive_line',
] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

/** Truth fields the Python scorer leaves out, read from the Plan itself (the extract JSON does not carry them). */
export const TASK_FIELDS = ['task_label_style', 'tasks_with_lead_label'] as const;
export type TaskField = (typeof TASK_FIELDS)[number];
export type Field = ScoredField | TaskField;

export interface FieldResult {
  ok: boolean;
  expected: unknown;
  got: unknown;
}

/** What one plan scored: the fields, the reporting phrases read that match no truth phrase, and a reader failure if any. */
export interface PlanScore {
  name: string;
  file: string;
  fields: Record<Field, FieldResult>;
  extraReporting: string[];
  error: string | null;
}

type Json = Record<string, unknown>;

const nfc = (s: unknown): string => (typeof s === 'string' ? s.normalize('NFC') : '');
const squash = (s: unknown): string => nfc(s).replace(/\s+/g, ' ').trim();
const nospace = (s: unknown): string => nfc(s).replace(/\s+/g, '');
const upper = (s: unknown): string => squash(s).toUpperCase();
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const list = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);

// Python's \b is Unicode-aware; JavaScript's is ASCII-only, so the boundary is spelled out.
const AUTHORITY = /(?<![\p{L}\p{N}_])(?:TM|KT|Q|TL|TUQ)\.\s*[^.]*?(?=(?<![\p{L}\p{N}_])(?:TM|KT|Q|TL|TUQ)\.|$)/gu;

/** The last TM./KT./Q./TL./TUQ. clause of a signing authority ("TM. UBND KT. CHỦ TỊCH" → "KT. CHỦ TỊCH"). */
export function lastAuthority(authority: string): string {
  const parts = [...squash(authority).matchAll(AUTHORITY)].map((m) => upper(m[0]));
  return parts.length > 0 ? parts[parts.length - 1] : upper(authority);
}

/** Compares one plan's extract JSON with its truth, field by field, as score-extract.py does. */
export function compareExtract(truth: ExtractTruth, got: Json): Record<ScoredField, FieldResult> {
  const out = {} as Record<ScoredField, FieldResult>;
  out.number = { ok: nospace(got.number) === nospace(truth.number), expected: truth.number, got: got.number };
  out.date = { ok: (str(got.date) || null) === truth.date, expected: truth.date, got: got.date };
  out.place = { ok: squash(got.place).toLowerCase() === squash(truth.place).toLowerCase(), expected: truth.place, got: got.place };

  const issuerForms = [upper(got.issuer), upper(`${str(got.parentBody) ?? ''} ${str(got.issuer) ?? ''}`)];
  out.issuer = {
    ok: truth.issuer ? issuerForms.includes(upper(truth.issuer)) : !got.issuer,
    expected: truth.issuer,
    got: got.parentBody ? `${String(got.parentBody)} | ${String(got.issuer)}` : got.issuer,
  };

  const tr = truth.references.map((r) => [nospace(r.number), r.date] as const);
  const gr = list(got.references).map((r) => [nospace(r.number), str(r.date) || null] as const);
  const tset = new Set(tr.map(([n]) => n));
  const gset = new Set(gr.map(([n]) => n));
  out.references = {
    ok: tset.size === gset.size && [...tset].every((n) => gset.has(n)),
    expected: tr.map(([n]) => n),
    got: gr.map(([n]) => n),
  };
  out.reference_dates = {
    ok: tr.every(([n, d]) => gr.some(([gn, gd]) => gn === n && gd === d)),
    expected: tr.map(([n, d]) => `${n} ${d}`),
    got: gr.map(([n, d]) => `${n} ${d}`),
  };

  const ts = truth.sections.map((s) => `${s.numeral}. ${upper(s.title)}`);
  const gs = list(got.sections).map((s) => `${squash(s.numeral)}. ${upper(s.title)}`);
  out.sections = { ok: ts.length === gs.length && ts.every((s, i) => s === gs[i]), expected: ts, got: gs };

  const greps = list(got.reporting).map((r) => squash(r.text).toLowerCase());
  const matches = (want: string, have: string) => {
    const x = squash(want).toLowerCase();
    return have.includes(x) || (have !== '' && x.includes(have));
  };
  let reportingOk = truth.reporting.every((x) => greps.some((y) => matches(x, y)));
  reportingOk = reportingOk && (truth.reporting.length > 0 || greps.length === 0);
  out.reporting = { ok: reportingOk, expected: truth.reporting, got: greps };

  const tsg = truth.signer ?? { authority: '', title: '', name: '' };
  const gsg = (got.signer ?? {}) as Json;
  out.signer = {
    ok:
      squash(gsg.name) === squash(tsg.name) &&
      upper(gsg.title) === upper(tsg.title) &&
      lastAuthority(str(gsg.authority) ?? '') === lastAuthority(tsg.authority ?? ''),
    expected: tsg,
    got: got.signer ?? null,
  };
  out.archive_line = { ok: squash(got.archiveLine) === squash(truth.archive_line), expected: truth.archive_line, got: got.archiveLine };
  return out;
}

/** Reporting phrases the reader found that match no phrase of the truth (decoys read as reports); not counted by the Python scorer. */
export function extraReporting(truth: ExtractTruth, got: Json): string[] {
  const wants = truth.reporting.map((x) => squash(x).toLowerCase());
  return list(got.reporting)
    .map((r) => squash(r.text).toLowerCase())
    .filter((y) => !wants.some((x) => y.includes(x) || (y !== '' && x.includes(y))));
}

// As the truth counts them: a line that starts, after an optional "-", "+" or "*", with a lead label and its colon.
const LEAD_LABEL_LINE = /^\s*[-+*]?\s*(?:Đơn vị chủ trì|Cơ quan chủ trì|Cơ quan thực hiện|Đơn vị thực hiện|Cơ quan, đơn vị chủ trì)\s*:/iu;

/** Compares the task-label truth with the plan as read: its label style, and how many lead-label lines it tied to a task. */
function compareTasks(truth: ExtractTruth, plan: Plan | null, lines: string[]): Record<TaskField, FieldResult> {
  const leadLines = new Set<number>();
  for (const task of plan?.tasks ?? []) {
    for (const field of Object.values(task.fields)) {
      if (field && LEAD_LABEL_LINE.test(lines[field.paragraph - 1] ?? '')) leadLines.add(field.paragraph);
    }
  }
  const style = plan?.taskLabelStyle ?? null;
  return {
    task_label_style: { ok: truth.task_label_style === undefined || style === truth.task_label_style, expected: truth.task_label_style, got: style },
    tasks_with_lead_label: {
      ok: truth.tasks_with_lead_label === undefined || leadLines.size === truth.tasks_with_lead_label,
      expected: truth.tasks_with_lead_label,
      got: leadLines.size,
    },
  };
}

/** Reads a plan file the way the CLI does, skipping a corpus file's SOURCE line: the plan, its paragraphs and its extract JSON. */
function readPlanFile(file: string): { plan: Plan; lines: string[]; json: Json } {
  let bytes = new Uint8Array(readFileSync(file));
  const head = new TextDecoder().decode(bytes.subarray(0, 8));
  if (head.startsWith('SOURCE:')) {
    const eol = bytes.indexOf(0x0a);
    bytes = eol < 0 ? new Uint8Array() : bytes.subarray(eol + 1);
  }
  const snapshot = readPlainText(bytes, file);
  const plan = readPlan(snapshot);
  return { plan, lines: snapshot.paragraphs.map((p) => p.text), json: toExtractJson(plan) };
}

/** The plans of DIRS that have truth (DIR/truth/NAME.json, or the truth folder of another DIR given, as seeds use corpus/truth). */
export function findScoredPlans(dirs: string[]): { plans: { name: string; file: string; truthFile: string }[]; missing: string[]; noTruth: string[] } {
  const present = dirs.filter((d) => existsSync(d));
  const missing = dirs.filter((d) => !existsSync(d));
  const truthDirs = present.map((d) => join(d, 'truth')).filter((d) => existsSync(d));
  const plans: { name: string; file: string; truthFile: string }[] = [];
  const noTruth: string[] = [];
  for (const dir of present) {
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.txt')) continue;
      const name = basename(f, '.txt');
      const truthFile = [join(dir, 'truth'), ...truthDirs].map((d) => join(d, `${name}.json`)).find((p) => existsSync(p));
      if (truthFile) plans.push({ name, file: join(dir, f), truthFile });
      else noTruth.push(join(dir, f));
    }
  }
  return { plans, missing, noTruth };
}

/** Scores one plan: a reader failure scores every field wrong, as the Python does with no JSON. */
export function scorePlan(plan: { name: string; file: string; truthFile: string }): PlanScore {
  const truth = JSON.parse(readFileSync(plan.truthFile, 'utf8')) as ExtractTruth;
  let read: ReturnType<typeof readPlanFile> | null = null;
  let error: string | null = null;
  try {
    read = readPlanFile(plan.file);
  } catch (e) {
    error = e instanceof KhInputError ? e.describe() : String((e as Error).stack ?? e);
  }
  const got = read?.json ?? {};
  return {
    name: plan.name,
    file: plan.file,
    fields: { ...compareExtract(truth, got), ...compareTasks(truth, read?.plan ?? null, read?.lines ?? []) },
    extraReporting: read ? extraReporting(truth, got) : [],
    error,
  };
}

/** Per field: how many plans have it right, out of how many. */
export function tallyFields(scores: PlanScore[]): Record<Field, { right: number; total: number }> {
  const tally = {} as Record<Field, { right: number; total: number }>;
  for (const field of [...SCORED_FIELDS, ...TASK_FIELDS]) {
    tally[field] = { right: scores.filter((s) => s.fields[field].ok).length, total: scores.length };
  }
  return tally;
}
