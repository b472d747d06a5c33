/**
 * The coverage tables as CSV for a spreadsheet: one row per plan, one column per parent task,
 * target and the reporting deadline. UTF-8 with a byte-order mark and CRLF, as Excel opens it.
 */
import type { CoverageTable } from '../../core/coverage/planCoverage';
import { reportingCellText, targetCellText, taskCellText } from './coverageText';

/** A field quoted when it must be; one a spreadsheet would run as a formula is defused. */
function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function coverageCsv(tables: CoverageTable[]): string {
  const lines: string[] = [];
  for (const t of tables) {
    lines.push(['Kế hoạch cấp trên', `${t.parent.kind} ${t.parent.number}`, t.parent.title].map(field).join(','));
    const head = ['Kế hoạch', ...t.tasks.map((x) => `Nhiệm vụ ${x.code}`), ...t.targets.map((x) => `Chỉ tiêu: ${x.indicator} (${x.value}${x.unit})`), `Hạn báo cáo (cấp trên: ${t.parentReporting ?? 'không nêu'})`];
    lines.push(head.map(field).join(','));
    t.plans.forEach((plan, i) => {
      const row = [plan, ...t.tasks.map((x) => taskCellText(x.cells[i]).text), ...t.targets.map((x) => targetCellText(x.cells[i]).text), reportingCellText(t.reporting[i]).text];
      lines.push(row.map(field).join(','));
    });
    lines.push('');
  }
  return `\ufeff${lines.join('\r\n')}`;
}
