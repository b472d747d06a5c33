import type { CheckContext, Finding, Severity } from './types';
// Placeholder until the checker lands (issue 2).
export function checkPlan(_ctx: CheckContext): Finding[] { throw new Error('checkPlan: not written yet'); }
export function summarize(findings: Finding[]): Record<Severity, number> { const s = { error: 0, warning: 0, info: 0 }; for (const f of findings) s[f.severity]++; return s; }
