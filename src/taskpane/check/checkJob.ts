import { checkPlan, ignoredMatcher } from '../../core/checks/engine';
import { ruleById } from '../../core/checks/registry';
import type { CheckOptions, Finding, Severity } from '../../core/checks/types';
import { readPlan } from '../../core/plan/readPlan';
import type { DocumentSnapshot, ParentLink } from '../../core/snapshot';
import { BUILT_IN_STORE } from '../../core/catalog/builtIn';
import { parentFromLink } from '../../core/catalog/store';

/** What the pane sends to the worker: plain data, structured-clone safe. */
export interface CheckRequest {
  snapshot: DocumentSnapshot;
  parentLink: ParentLink | null;
  ignored?: CheckOptions['ignored'];
}

export interface RuleInfo {
  title: { vi: string; en: string };
  severity: Severity;
}

export interface CheckResult {
  findings: Finding[];
  /** Titles of the rules that fired, so the pane groups findings without bundling the checks. */
  rules: Record<string, RuleInfo>;
  /** Paragraphs in the document, for "n paragraphs read". */
  paragraphs: number;
  /** Findings the reviewer's ignore list hid (not the number of entries in the list). */
  ignored: number;
}

export type CheckProgress = { stage: 'read' } | { stage: 'check'; done: number; total: number };

/** The reading and checking the worker does (and the tests do inline): snapshot → plan → findings. */
export function runCheckJob(request: CheckRequest, onProgress: (p: CheckProgress) => void = () => {}): CheckResult {
  onProgress({ stage: 'read' });
  const plan = readPlan(request.snapshot);
  const parent = parentFromLink(request.parentLink ?? request.snapshot.parentLink ?? null, BUILT_IN_STORE);
  // Every rule runs, so the pane can say how many findings the ignore list hides.
  const all = checkPlan({ snapshot: request.snapshot, plan, parent }, { onProgress: (done, total) => onProgress({ stage: 'check', done, total }) });
  const ignored = ignoredMatcher(request.ignored);
  const findings = all.filter((f) => !ignored.matches(f));
  const rules: Record<string, RuleInfo> = {};
  for (const f of findings) {
    const rule = ruleById.get(f.rule);
    rules[f.rule] = { title: rule?.title ?? { vi: f.rule, en: f.rule }, severity: rule?.severity ?? f.severity };
  }
  return { findings, rules, paragraphs: request.snapshot.paragraphs.length, ignored: all.length - findings.length };
}
