/** The table a batch ends with: one row per file, its kind, level, errors, warnings and rules fired. */
import { isUnreadable, type FileResult } from '../checkFile';
import { oneLine } from '../oneLine';

const BOLD = '\x1b[1m';
const RED = '\x1b[31m';
const RESET = '\x1b[0m';

/** Rule ids that fired in a result, most frequent first (`task-lead-missing ×3`). */
export function rulesFired(r: FileResult): string[] {
  if (isUnreadable(r)) return [];
  const count = new Map<string, number>();
  for (const f of r.findings) if (f.severity !== 'info') count.set(f.rule, (count.get(f.rule) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([rule, n]) => (n > 1 ? `${rule} ×${n}` : rule));
}

/** A level (the bodies catalog's code) as the table says it. */
const LEVEL_WORDS: Record<string, string> = { 'trung-uong': 'trung ương', tinh: 'tỉnh', xa: 'xã', 'van-phong-ubnd-tinh': 'VP UBND tỉnh', chung: 'chung' };
export const levelWord = (level: string | null): string => (level ? (LEVEL_WORDS[level] ?? level) : '—');

const width = (s: string) => Array.from(s).length;
function fit(s: string, w: number): string {
  const chars = Array.from(s);
  return chars.length > w ? `…${chars.slice(chars.length - w + 1).join('')}` : s + ' '.repeat(w - chars.length);
}

/** The table as text; `columns` is the terminal's width (the rules column takes what is left). */
export function formatSummaryTable(results: FileResult[], color: boolean, columns = 120): string {
  const paint = (code: string, t: string) => (color ? `${code}${t}${RESET}` : t);
  const rows = results.map((r) =>
    isUnreadable(r)
      ? { plan: oneLine(r.file), kind: '', level: '', errors: '', warnings: '', rules: `không đọc được: ${r.reason}`, bad: true }
      : { plan: oneLine(r.file), kind: r.kind ?? '—', level: levelWord(r.level), errors: String(r.summary.error), warnings: String(r.summary.warning), rules: rulesFired(r).join(', ') || '—', bad: false },
  );
  const head = { plan: 'Kế hoạch', kind: 'Loại', level: 'Cấp', errors: 'Lỗi', warnings: 'Cảnh báo', rules: 'Quy tắc' };
  const w = {
    kind: Math.max(width(head.kind), ...rows.map((r) => width(r.kind))),
    level: Math.max(width(head.level), ...rows.map((r) => width(r.level))),
    errors: Math.max(width(head.errors), ...rows.map((r) => width(r.errors))),
    warnings: Math.max(width(head.warnings), ...rows.map((r) => width(r.warnings))),
  };
  const fixed = w.kind + w.level + w.errors + w.warnings + 5 * 2;
  const plan = Math.min(Math.max(width(head.plan), ...rows.map((r) => width(r.plan))), Math.max(24, Math.floor((columns - fixed) / 2)));
  const rulesWidth = Math.max(20, columns - fixed - plan);
  const line = (r: typeof head) =>
    [fit(r.plan, plan), fit(r.kind, w.kind), fit(r.level, w.level), r.errors.padStart(w.errors), r.warnings.padStart(w.warnings), Array.from(r.rules).length > rulesWidth ? `${Array.from(r.rules).slice(0, rulesWidth - 1).join('')}…` : r.rules].join('  ').trimEnd();
  const out = [paint(BOLD, line(head))];
  for (const r of rows) out.push(r.bad ? paint(RED, line(r)) : line(r));
  return out.join('\n');
}

/** The closing line: how many files, how many unusable, with errors, and how long it took. */
export function formatTotals(results: FileResult[], seconds: number): string {
  const unreadable = results.filter(isUnreadable).length;
  const checked = results.length - unreadable;
  const withErrors = results.filter((r) => !isUnreadable(r) && r.summary.error > 0).length;
  return `${results.length} tệp: ${checked} đã kiểm tra (${withErrors} có lỗi), ${unreadable} không đọc được; ${seconds.toFixed(1)} giây.`;
}
