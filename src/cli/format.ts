import type { Finding, Severity } from '../core/checks/types';
import type { ExtractJson } from '../core/plan/extractJson';
import { ruleById } from '../core/checks/registry';

const SEVERITY_VI: Record<Severity, string> = { error: 'lỗi', warning: 'cảnh báo', info: 'gợi ý' };
const COLOR: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' };
const DIM = '\x1b[2m';
const BOLD = '\x1b[1m';
const RESET = '\x1b[0m';

/** Findings for people: grouped by rule, each with its paragraph number and excerpt. */
export function formatFindings(file: string, findings: Omit<Finding, 'fix' | 'messageEn'>[], summary: Record<Severity, number>, color: boolean): string {
  const paint = (code: string, text: string) => (color ? `${code}${text}${RESET}` : text);
  const lines: string[] = [paint(BOLD, file)];
  if (findings.length === 0) {
    lines.push('  Không phát hiện vấn đề nào.');
    return lines.join('\n');
  }
  const byRule = new Map<string, Omit<Finding, 'fix' | 'messageEn'>[]>();
  for (const f of findings) {
    const group = byRule.get(f.rule);
    if (group) group.push(f);
    else byRule.set(f.rule, [f]);
  }
  for (const [rule, group] of byRule) {
    const sev = group[0].severity;
    // The rule's Vietnamese title for the reader, its id for grep and --json.
    const title = ruleById.get(rule)?.title.vi;
    lines.push('', `  ${paint(COLOR[sev], `${SEVERITY_VI[sev]}: ${title ?? rule}`)} [${rule}] (${group.length})`);
    for (const f of group) {
      lines.push(`    đoạn ${f.location.paragraph}: ${f.message}`);
      if (f.location.text) lines.push(`      ${paint(DIM, `«${f.location.text}»`)}`);
    }
  }
  lines.push('', `Tổng: ${summary.error} lỗi, ${summary.warning} cảnh báo, ${summary.info} gợi ý.`);
  return lines.join('\n');
}

/** The plan as read, for people: header fields, then sections, tasks and deadlines. */
export function formatExtract(json: ExtractJson, color: boolean): string {
  const head = (t: string) => (color ? `${BOLD}${t}${RESET}` : t);
  const show = (v: unknown) => (v == null || v === '' ? '(không có)' : String(v));
  const lines = [
    `${head('Số:')} ${show(json.number)}`,
    `${head('Ngày:')} ${show(json.date)}    ${head('Địa danh:')} ${show(json.place)}`,
    `${head('Cơ quan ban hành:')} ${show(json.issuer)}${json.parentBody ? ` (thuộc ${json.parentBody})` : ''}`,
    `${head('Trích yếu:')} ${show(json.title)}`,
    `${head('Căn cứ:')} ${json.references.map((r) => `${r.number}${r.date ? ` (${r.date})` : ''}`).join('; ') || '(không có)'}`,
    head('Các mục:'),
    ...json.sections.map((s) => `  ${s.numeral}. ${s.title}  [đoạn ${s.paragraph}]`),
    `${head('Nhiệm vụ:')} ${json.tasks.length}`,
    ...json.tasks.map((t) => `  ${t.path}: chủ trì ${show(t.lead)}; thời gian ${show(t.timing)}`),
    `${head('Hạn báo cáo:')} ${json.reporting.map((r) => r.text).join('; ') || '(không có)'}`,
    `${head('Người ký:')} ${json.signer ? [json.signer.authority, json.signer.title, json.signer.name].filter(Boolean).join(' / ') : '(không có)'}`,
    `${head('Lưu:')} ${show(json.archiveLine)}`,
  ];
  return lines.join('\n');
}
