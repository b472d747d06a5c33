/**
 * One self-contained HTML page a reviewer can open and send: the plans, the rules that fired with
 * links to each finding's excerpt, the parent's coverage table, and every plan's findings. No
 * script, no external file: inline CSS only; every text from a document is escaped.
 */
import type { CoverageTable } from '../../core/coverage/planCoverage';
import { ruleById } from '../../core/checks/registry';
import type { Severity } from '../../core/checks/types';
import { isUnreadable, type FileResult } from '../checkFile';
import { levelWord, rulesFired } from './summaryTable';
import { reportingCellText, targetCellText, taskCellText, type CellTone } from './coverageText';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const SEVERITY_VI: Record<Severity, string> = { error: 'lỗi', warning: 'cảnh báo', info: 'gợi ý' };
const cut = (s: string, n: number) => (Array.from(s).length > n ? `${Array.from(s).slice(0, n - 1).join('')}…` : s);
/** The file name a column or a link shows: the last two path parts. */
const shortName = (file: string) => file.split(/[\\/]/).slice(-2).join('/');

const CSS = `
body{font:14px/1.45 "Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;margin:24px;color:#1b1b1b;max-width:1400px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #ccc;padding-bottom:4px}h3{font-size:15px;margin:18px 0 6px}
table{border-collapse:collapse;margin:6px 0 12px}th,td{border:1px solid #d0d0d0;padding:4px 8px;vertical-align:top;text-align:left}
th{background:#f2f2f2;font-weight:600}td.n{text-align:right}
.ok{background:#e7f5e9}.na{background:#eef0f3;color:#444}.bad{background:#fde7e7;color:#8a1010;font-weight:600}.warn{background:#fff4d6}
.error{color:#b00020}.warning{color:#8a5a00}.info{color:#1f5f8b}
blockquote{margin:2px 0 8px 18px;padding:2px 8px;border-left:3px solid #ccc;color:#444;font-style:italic}
.muted{color:#666}code{font-size:12px;background:#f4f4f4;padding:0 3px}
ul.links{columns:2;margin:4px 0 10px}li:target{background:#fff4a8}
.scroll{overflow-x:auto}`;

function summarySection(results: FileResult[]): string {
  const rows = results.map((r, i) => {
    const link = `<a href="#plan-${i + 1}">${esc(r.file)}</a>`;
    if (isUnreadable(r)) return `<tr><td>${link}</td><td colspan="4" class="bad">Không đọc được</td><td>${esc(r.reason)}</td></tr>`;
    return `<tr><td>${link}</td><td>${esc(r.kind ?? '—')}</td><td>${esc(levelWord(r.level))}</td><td class="n${r.summary.error ? ' bad' : ''}">${r.summary.error}</td><td class="n${r.summary.warning ? ' warn' : ''}">${r.summary.warning}</td><td>${esc(rulesFired(r).join(', ') || '—')}</td></tr>`;
  });
  return `<h2>Tổng hợp</h2><table><tr><th>Kế hoạch</th><th>Loại</th><th>Cấp</th><th>Lỗi</th><th>Cảnh báo</th><th>Quy tắc</th></tr>${rows.join('')}</table>`;
}

function rulesSection(results: FileResult[]): string {
  const byRule = new Map<string, { severity: Severity; links: string[] }>();
  results.forEach((r, i) => {
    if (isUnreadable(r)) return;
    r.findings.forEach((f, j) => {
      const g = byRule.get(f.rule) ?? { severity: f.severity, links: [] };
      g.links.push(`<li><a href="#f-${i + 1}-${j + 1}">${esc(shortName(r.file))}, đoạn ${f.location.paragraph}</a></li>`);
      byRule.set(f.rule, g);
    });
  });
  if (byRule.size === 0) return '<h2>Theo quy tắc</h2><p>Không phát hiện vấn đề nào.</p>';
  const order: Severity[] = ['error', 'warning', 'info'];
  const sorted = [...byRule].sort((a, b) => order.indexOf(a[1].severity) - order.indexOf(b[1].severity) || b[1].links.length - a[1].links.length);
  return `<h2>Theo quy tắc</h2>${sorted
    .map(([rule, g]) => `<h3 id="rule-${esc(rule)}"><span class="${g.severity}">${SEVERITY_VI[g.severity]}</span>: ${esc(ruleById.get(rule)?.title.vi ?? rule)} <code>${esc(rule)}</code> (${g.links.length})</h3><ul class="links">${g.links.join('')}</ul>`)
    .join('')}`;
}

function cell(c: { text: string; tone: CellTone }): string {
  return `<td class="${c.tone}">${esc(cut(c.text, 140))}</td>`;
}

function coverageSection(tables: CoverageTable[], results: FileResult[]): string {
  if (tables.length === 0) return '<h2>Độ bao phủ kế hoạch cấp trên</h2><p class="muted">Không có kế hoạch cấp trên: dùng --parent, hoặc liên kết lưu trong từng tệp.</p>';
  const anchor = new Map(results.map((r, i) => [r.file, i + 1]));
  return `<h2>Độ bao phủ kế hoạch cấp trên</h2>${tables
    .map((t) => {
      const legend = t.tasks.map((x) => `<li><b>NV ${esc(x.code)}</b>: ${esc(cut(x.title, 220))}</li>`).join('');
      const head = `<tr><th>Kế hoạch</th>${t.tasks.map((x) => `<th title="${esc(x.title)}">NV ${esc(x.code)}</th>`).join('')}${t.targets.map((x) => `<th title="${esc(x.indicator)}">Chỉ tiêu ${esc(cut(x.indicator, 40))}: ${x.value}${esc(x.unit)} (${x.year})</th>`).join('')}<th>Hạn báo cáo (cấp trên: ${esc(t.parentReporting ?? 'không nêu')})</th></tr>`;
      const rows = t.plans
        .map((plan, i) => `<tr><td><a href="#plan-${anchor.get(plan)}">${esc(shortName(plan))}</a></td>${t.tasks.map((x) => cell(taskCellText(x.cells[i]))).join('')}${t.targets.map((x) => cell(targetCellText(x.cells[i]))).join('')}${cell(reportingCellText(t.reporting[i]))}</tr>`)
        .join('');
      const missing = t.tasks.map((x) => x.cells.filter((c) => c.status === 'missing').length);
      const foot = `<tr><th>Số kế hoạch thiếu</th>${missing.map((n) => `<td class="n${n ? ' bad' : ''}">${n}</td>`).join('')}${t.targets.map((x) => `<td class="n">${x.cells.filter((c) => c.status === 'missing').length}</td>`).join('')}<td class="n">${t.reporting.filter((c) => c.status === 'missing').length}</td></tr>`;
      return `<h3>${esc(t.parent.kind)} ${esc(t.parent.number)}${t.parent.date ? ` ngày ${esc(t.parent.date)}` : ''} — ${esc(cut(t.parent.title, 160))}</h3><ul>${legend}</ul><div class="scroll"><table>${head}${rows}${foot}</table></div>`;
    })
    .join('')}`;
}

function plansSection(results: FileResult[]): string {
  return `<h2>Từng kế hoạch</h2>${results
    .map((r, i) => {
      const title = `<h3 id="plan-${i + 1}">${esc(r.file)}</h3>`;
      if (isUnreadable(r)) return `${title}<p class="bad">${esc(r.error)}</p>`;
      const info = `<p class="muted">${esc([r.number, r.title].filter(Boolean).join(' — ') || 'không đọc được số và trích yếu')}</p>`;
      if (r.findings.length === 0) return `${title}${info}<p>Không phát hiện vấn đề nào.</p>`;
      const items = r.findings
        .map((f, j) => `<li id="f-${i + 1}-${j + 1}"><span class="${f.severity}">${SEVERITY_VI[f.severity]}</span> <a href="#rule-${esc(f.rule)}"><code>${esc(f.rule)}</code></a>, đoạn ${f.location.paragraph}: ${esc(f.message)}${f.location.text ? `<blockquote>${esc(f.location.text)}</blockquote>` : ''}</li>`)
        .join('');
      return `${title}${info}<ol>${items}</ol>`;
    })
    .join('')}`;
}

export function htmlReport(results: FileResult[], tables: CoverageTable[], meta: { generated: string; seconds: number }): string {
  const unreadable = results.filter(isUnreadable).length;
  const errors = results.filter((r) => !isUnreadable(r) && r.summary.error > 0).length;
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Kiểm tra ${results.length} kế hoạch</title><style>${CSS}</style></head><body>
<h1>Kiểm tra ${results.length} kế hoạch</h1><p class="muted">Soạn KH, ${esc(meta.generated)}: ${results.length - unreadable} đã kiểm tra, ${errors} có lỗi, ${unreadable} không đọc được; ${meta.seconds.toFixed(1)} giây.</p>
<p><a href="#bao-phu">Độ bao phủ</a> · <a href="#tong-hop">Tổng hợp</a> · <a href="#quy-tac">Theo quy tắc</a> · <a href="#tung-ke-hoach">Từng kế hoạch</a></p>
<section id="bao-phu">${coverageSection(tables, results)}</section><section id="tong-hop">${summarySection(results)}</section><section id="quy-tac">${rulesSection(results)}</section><section id="tung-ke-hoach">${plansSection(results)}</section>
</body></html>
`;
}
