/**
 * One plan checked, as `kh check` does it for a single file and each worker of a batch does it
 * for its share: load, read, resolve the parent, run the rules. The result is plain data (it
 * crosses worker threads); an unusable file is a result with its one-line reason, not a throw.
 */
import { loadSyllables } from './dictionary';
import { checkPlan, summarize } from '../core/checks/engine';
import type { Finding, Severity } from '../core/checks/types';
import type { CoveragePlan, DeclaredCoverage } from '../core/coverage/planCoverage';
import type { CoverageEntry } from '../core/snapshot';
import { KhInputError, type InputErrorId } from '../core/errors';
import type { Plan } from '../core/plan/model';
import type { ParentPlan } from '../core/plan/parentPlan';
import { readPlan } from '../core/plan/readPlan';
import { loadDocument } from './loadDocument';
import { oneLine } from './oneLine';

/** A finding as `kh check --json` prints it (DESIGN.md): no fix, no English message. */
export type JsonFinding = Omit<Finding, 'fix' | 'messageEn'>;

export interface CheckedFile {
  file: string;
  findings: JsonFinding[];
  summary: Record<Severity, number>;
  /** The document's kind and its issuer's level, as the reader tells them (null until it does). */
  kind: string | null;
  level: string | null;
  number: string | null;
  title: string | null;
  coverage: CoveragePlan;
  parent: ParentPlan | null;
}

export interface UnreadableFile {
  file: string;
  /** One line naming the file, as the single-file command prints it on stderr. */
  error: string;
  /** The same without the file name, for a row that already shows it. */
  reason: string;
  /** What went wrong (docs/errors.md); null for a fault of ours rather than of the input. */
  errorId: InputErrorId | null;
}

export type FileResult = CheckedFile | UnreadableFile;

export const isUnreadable = (r: FileResult): r is UnreadableFile => 'error' in r;

/** Kind (NĐ 30 Phụ lục III: KH, BC, QĐ …) and the issuer's level from the bodies catalog, as the reader tells them. */
function kindAndLevel(plan: Plan): { kind: string | null; level: string | null } {
  return { kind: plan.kind, level: plan.level };
}

function declaredOf(coverage: CoverageEntry[], kind: CoverageEntry['kind']): DeclaredCoverage[] {
  return coverage
    .filter((c) => c.kind === kind)
    .map((c) => ({
      code: c.code,
      status: c.status === 'not-applicable' ? 'not-applicable' : c.status === 'merged' ? 'merged' : 'applies',
      ...(c.reason ? { reason: c.reason } : {}),
      ...(c.into ? { into: c.into } : {}),
      ...(c.at ? { at: c.at } : {}),
    }));
}

/** Checks one file; `parentArg` is `--parent` (null: each file's own link). Throws only KhInputError. */
export async function checkOne(file: string, parentArg: string | null): Promise<CheckedFile> {
  const snapshot = await loadDocument(file);
  const plan = readPlan(snapshot);
  // Parent plans are YAML: its parser loads only when there is a parent to read.
  const parent = parentArg || snapshot.parentLink ? await (await import('./loadParent')).loadParentFor(snapshot, parentArg) : null;
  const dictionary = (await loadSyllables()) ?? undefined;
  const findings = checkPlan({ snapshot, plan, parent, dictionary });
  const decided = parent && snapshot.parentLink?.number === parent.number ? (snapshot.parentLink.coverage ?? []) : undefined;
  return {
    file,
    findings: findings.map(({ fix: _fix, messageEn: _en, ...f }) => f),
    summary: summarize(findings),
    ...kindAndLevel(plan),
    number: plan.number,
    title: plan.title,
    coverage: {
      file,
      tasks: plan.tasks.map(({ path, title, lead, timing, paragraph }) => ({ path, title, lead, timing, paragraph })),
      targets: plan.targets.map(({ text, indicator, value, unit, year, paragraph }) => ({ text, indicator, value, unit, year, paragraph })),
      reporting: plan.reporting.map(({ text, paragraph }) => ({ text, paragraph })),
      reportingLate: findings.some((f) => f.rule === 'report-deadline-after-parent'),
      // What the drafting form decided for each parent task and target, when the link is to this parent.
      declared: decided && declaredOf(decided, 'task'),
      declaredTargets: decided && declaredOf(decided, 'target'),
    },
    parent,
  };
}

/** The row of a file that could not be checked; `line` is the whole error line when it names another file (a --parent). */
export function unreadable(file: string, reason: string, line: string | null = `${file}: ${reason}`, errorId: InputErrorId | null = null): UnreadableFile {
  return { file, error: oneLine(line ?? `${file}: ${reason}`), reason: oneLine(reason), errorId };
}

/** Checks one file of a batch: every failure, ours included, becomes the file's one-line reason. */
export async function checkForBatch(file: string, parentArg: string | null): Promise<FileResult> {
  try {
    return await checkOne(file, parentArg);
  } catch (e) {
    if (e instanceof KhInputError) {
      const line = e.describeOneLine();
      return unreadable(file, line.startsWith(`${file}: `) ? line.slice(file.length + 2) : line, null, e.id);
    }
    return unreadable(file, `lỗi nội bộ: ${(e as Error)?.message ?? String(e)}`);
  }
}
