/**
 * Mutation run of the checker over real plans: for each plan in ../shared/seeds and
 * ../shared/corpus, delete one labelled field line (each task's lead line, then each task's
 * timing line, one at a time) and the reporting sentence(s), re-read and re-check, and see whether
 * exactly the expected new finding appears, inside the mutated task. Prints a table.
 *
 *   npx tsx scripts/mutate-corpus.ts [--verbose]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPlan } from '../src/core/plan/readPlan';
import { paragraphsFromText } from '../src/core/text/readPlainText';
import { checkPlan } from '../src/core/checks/engine';
import type { Finding } from '../src/core/checks/types';
import type { Plan, Task } from '../src/core/plan/model';

const verbose = process.argv.includes('--verbose');
const shared = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared');
if (!existsSync(shared)) {
  console.log(`Không thấy ${shared} (../shared/seeds, ../shared/corpus): không có kế hoạch nào để chạy thử đột biến.`);
  process.exit(0);
}

interface Outcome {
  ok: boolean;
  note: string;
}

function run(lines: string[], source: string): { plan: Plan; findings: Finding[] } {
  const snapshot = paragraphsFromText(lines.join('\n'), source);
  const plan = readPlan(snapshot);
  return { plan, findings: checkPlan({ snapshot, plan, parent: null }) };
}

/** Findings present after deleting `deleted` (1-based lines, ascending) that were not there before. */
function added(before: Finding[], after: Finding[], deleted: number[]): Finding[] {
  const original = (p: number) => {
    let q = p;
    for (const d of deleted) if (q >= d) q++;
    return q;
  };
  const key = (f: Finding, p: number) => `${f.rule}@${p}@${f.message}`;
  const old = new Set(before.map((f) => key(f, f.location.paragraph)));
  return after.filter((f) => !old.has(key(f, original(f.location.paragraph))));
}

function without(lines: string[], deleted: number[]): string[] {
  const drop = new Set(deleted);
  return lines.filter((_, i) => !drop.has(i + 1));
}

function mutateField(lines: string[], source: string, before: Finding[], task: Task, field: 'lead' | 'timing'): Outcome {
  const at = task.fields[field]!.paragraph;
  // Several fields on one line go together: each one deleted is expected to be reported.
  const expected = (['lead', 'timing'] as const).filter((f) => task.fields[f]?.paragraph === at).map((f) => `task-${f}-missing`);
  const after = run(without(lines, [at]), source);
  const fresh = added(before, after.findings, [at]);
  const mutated = after.plan.tasks.find((t) => t.path === task.path);
  const inside = (f: Finding) => mutated != null && f.location.paragraph >= mutated.paragraph && f.location.paragraph <= mutated.endParagraph;
  const got = fresh.map((f) => f.rule).sort();
  const ok = got.join(',') === [...expected].sort().join(',') && fresh.every(inside);
  // The task may still name its lead under a second label ("Đơn vị thực hiện"): not a miss of the checker.
  const still = mutated?.fields[field];
  const why = !ok && fresh.length === 0 && still && still.paragraph !== at ? ` (vẫn còn "${still.label}: ${still.value}")` : '';
  return { ok, note: ok ? '' : `${task.path} ${field} (dòng ${at}): mong ${expected.join('+')}, có ${fresh.map((f) => `${f.rule}@${f.location.paragraph}`).join(', ') || 'không có gì'}${mutated ? why : ' (đọc lại không còn nhiệm vụ này)'}` };
}

function mutateReporting(lines: string[], source: string, before: Finding[], plan: Plan): Outcome | null {
  const at = [...new Set(plan.reporting.map((r) => r.paragraph))].sort((a, b) => a - b);
  if (at.length === 0) return null;
  const after = run(without(lines, at), source);
  const fresh = added(before, after.findings, at);
  const ok = fresh.length === 1 && fresh[0].rule === 'report-deadline-missing';
  return { ok, note: ok ? '' : `báo cáo (dòng ${at.join(', ')}): có ${fresh.map((f) => `${f.rule}@${f.location.paragraph}`).join(', ') || 'không có gì'}` };
}

const files: string[] = [];
for (const dir of ['seeds', 'corpus']) {
  const d = join(shared, dir);
  if (existsSync(d)) for (const f of readdirSync(d).sort()) if (f.endsWith('.txt')) files.push(join(d, f));
}

const rows: string[][] = [];
const notes: string[] = [];
const total = { lead: [0, 0], timing: [0, 0], report: [0, 0] };
const ratio = ([ok, n]: number[]) => (n === 0 ? '—' : `${ok}/${n}`);

for (const file of files) {
  const name = basename(file, '.txt');
  // Line 1 of a corpus file names its source: blank it so line N stays paragraph N.
  const lines = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').split('\n');
  if (lines[0].startsWith('SOURCE:')) lines[0] = '';
  const { plan, findings } = run(lines, file);
  const labelled = plan.tasks.filter((t) => t.source === 'item');
  const lead = [0, 0];
  const timing = [0, 0];
  for (const task of labelled) {
    for (const field of ['lead', 'timing'] as const) {
      if (task.fields[field]?.source !== 'label') continue;
      const outcome = mutateField(lines, file, findings, task, field);
      const tally = field === 'lead' ? lead : timing;
      tally[1]++;
      if (outcome.ok) tally[0]++;
      else notes.push(`${name}: ${outcome.note}`);
    }
  }
  const report = mutateReporting(lines, file, findings, plan);
  if (report && !report.ok) notes.push(`${name}: ${report.note}`);
  total.lead[0] += lead[0]; total.lead[1] += lead[1];
  total.timing[0] += timing[0]; total.timing[1] += timing[1];
  if (report) { total.report[1]++; if (report.ok) total.report[0]++; }
  rows.push([name.slice(0, 44), String(plan.tasks.length), String(findings.length), ratio(lead), ratio(timing), report ? (report.ok ? 'đúng' : 'SAI') : '— (không có hạn)']);
}

const header = ['kế hoạch', 'nhiệm vụ', 'phát hiện gốc', 'xóa dòng chủ trì', 'xóa dòng thời gian', 'xóa câu báo cáo'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join(' | ');
console.log(`Thử đột biến trên ${files.length} kế hoạch trong ${shared} (đúng = đúng một phát hiện mới, đúng quy tắc, trong nhiệm vụ bị sửa)\n`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of rows) console.log(line(r));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
console.log(line(['tổng', '', '', ratio(total.lead), ratio(total.timing), ratio(total.report)]));
if (notes.length > 0) {
  console.log(`\nTrường hợp chưa đúng (${notes.length}):`);
  for (const n of verbose ? notes : notes.slice(0, 30)) console.log(`  ${n}`);
  if (!verbose && notes.length > 30) console.log(`  … và ${notes.length - 30} trường hợp nữa (--verbose)`);
}
