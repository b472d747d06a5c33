import type { Finding, Severity } from '../../core/checks/types';
import type { RuleInfo } from './checkJob';

export interface FindingGroup {
  rule: string;
  title: { vi: string; en: string };
  severity: Severity;
  findings: Finding[];
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings grouped by rule, errors first, each group in document order. */
export function groupFindings(findings: Finding[], rules: Record<string, RuleInfo>): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    let g = groups.get(f.rule);
    if (!g) {
      const info = rules[f.rule];
      g = { rule: f.rule, title: info?.title ?? { vi: f.rule, en: f.rule }, severity: f.severity, findings: [] };
      groups.set(f.rule, g);
    }
    if (ORDER[f.severity] < ORDER[g.severity]) g.severity = f.severity;
    g.findings.push(f);
  }
  return [...groups.values()].sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.findings[0].location.paragraph - b.findings[0].location.paragraph);
}
