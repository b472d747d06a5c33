import type { Finding, Severity } from './types';

/** Findings counted by severity. Apart from the engine so the pane's first screen does not carry every rule with it. */
export function summarize(findings: Finding[]): Record<Severity, number> {
  const s = { error: 0, warning: 0, info: 0 };
  for (const f of findings) s[f.severity]++;
  return s;
}
