/** The coverage table in words, shared by the HTML report and the CSV. */
import type { CoverageCell, CoverageTable, ReportingCell, TargetCell } from '../../core/coverage/planCoverage';
import type { ParentPlan } from '../../core/plan/parentPlan';
import { isUnreadable, type CheckedFile, type FileResult } from '../checkFile';
import { planCoverage } from '../../core/coverage/planCoverage';

export type CellTone = 'ok' | 'na' | 'bad' | 'warn';

export function taskCellText(c: CoverageCell): { text: string; tone: CellTone } {
  switch (c.status) {
    case 'assigned':
      return { text: `${c.lead ?? '(chưa có chủ trì)'} · ${c.timing ?? '(chưa có thời gian)'}`, tone: c.lead && c.timing ? 'ok' : 'warn' };
    case 'not-applicable':
      return { text: `Không áp dụng${c.reason ? `: ${c.reason}` : ''}`, tone: 'na' };
    case 'merged':
      return { text: `Gộp vào nhiệm vụ ${c.into ?? '?'}`, tone: 'na' };
    default:
      return { text: 'Thiếu', tone: 'bad' };
  }
}

export function targetCellText(c: TargetCell): { text: string; tone: CellTone } {
  if (c.status === 'missing') return { text: 'Thiếu', tone: 'bad' };
  if (c.status === 'not-applicable') return { text: `Không áp dụng${c.reason ? `: ${c.reason}` : ''}`, tone: 'na' };
  return { text: `${c.value}${c.unit === '%' ? '%' : ` ${c.unit}`}${c.year ? ` (${c.year})` : ''}${c.below ? ' — thấp hơn cấp trên' : ''}`, tone: c.below ? 'warn' : 'ok' };
}

export function reportingCellText(c: ReportingCell): { text: string; tone: CellTone } {
  if (c.status === 'missing') return { text: 'Thiếu hạn báo cáo', tone: 'bad' };
  return { text: `${c.text}${c.status === 'not-before' ? ' — không sớm hơn cấp trên' : ''}`, tone: c.status === 'before' ? 'ok' : 'warn' };
}

/** One coverage table per parent: `--parent` for every plan, else each plan's own link, grouped. */
export function coverageTables(results: FileResult[], given: ParentPlan | null): CoverageTable[] {
  const checked = results.filter((r): r is CheckedFile => !isUnreadable(r));
  if (given) return [planCoverage(given, checked.map((r) => r.coverage))];
  const groups = new Map<string, { parent: ParentPlan; plans: CheckedFile[] }>();
  for (const r of checked) {
    if (!r.parent) continue;
    const key = `${r.parent.id}|${r.parent.number}`;
    const g = groups.get(key);
    if (g) g.plans.push(r);
    else groups.set(key, { parent: r.parent, plans: [r] });
  }
  return [...groups.values()].map((g) => planCoverage(g.parent, g.plans.map((p) => p.coverage)));
}
