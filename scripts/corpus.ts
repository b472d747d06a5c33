/**
 * `npm run corpus`: reads every plan in ../shared/seeds and ../shared/corpus and prints what the
 * reader found (number, date, issuer, sections, tasks with and without lead/timing, reporting
 * deadlines, signer), compares the task-label fields of the hand-checked truth the scorer does
 * not cover, and lists the checker's findings per rule when the checker is there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KhInputError } from '../src/core/errors';
import { readPlan } from '../src/core/plan/readPlan';
import { paragraphsFromText } from '../src/core/text/readPlainText';
import type { Plan } from '../src/core/plan/model';
import type { Finding } from '../src/core/checks/types';

const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(here, '../../shared');

if (!existsSync(shared)) {
  console.log(`Không thấy thư mục dữ liệu tham chiếu ${shared}: không có gì để chạy (../shared/seeds và ../shared/corpus vắng mặt).`);
  process.exit(0);
}

type Check = (ctx: { snapshot: ReturnType<typeof paragraphsFromText>; plan: Plan; parent: null }) => Finding[];
let checkPlan: Check | null = null;
try {
  checkPlan = ((await import('../src/core/checks/engine')) as { checkPlan: Check }).checkPlan;
} catch (e) {
  console.log(`(không nạp được bộ kiểm tra: ${(e as Error).message})`);
}

const files: string[] = [];
for (const dir of ['seeds', 'corpus']) {
  const d = join(shared, dir);
  if (!existsSync(d)) {
    console.log(`(không có ${d})`);
    continue;
  }
  for (const f of readdirSync(d).sort()) if (f.endsWith('.txt')) files.push(join(d, f));
}

const show = (v: unknown) => (v == null || v === '' ? '—' : String(v));
const totals = { files: 0, tasks: 0, noLead: 0, noTiming: 0, styleRight: 0, styleKnown: 0 };

for (const file of files) {
  const name = basename(file, '.txt');
  let text = readFileSync(file, 'utf8');
  // Line 1 of a corpus file names its source; it is not part of the plan.
  if (text.startsWith('SOURCE:')) text = text.slice(text.indexOf('\n') + 1);
  const snapshot = paragraphsFromText(text, file);
  let plan: Plan;
  try {
    plan = readPlan(snapshot);
  } catch (e) {
    console.log(`\n== ${name}\n  LỖI: ${e instanceof KhInputError ? e.describe() : (e as Error).stack}`);
    continue;
  }
  totals.files++;
  const noLead = plan.tasks.filter((t) => !t.lead).length;
  const noTiming = plan.tasks.filter((t) => !t.timing).length;
  totals.tasks += plan.tasks.length;
  totals.noLead += noLead;
  totals.noTiming += noTiming;
  // As the truth counts them: lines that start (after "-", "+", "*") with a lead label and its colon.
  const leadLines = new Set<number>();
  for (const t of plan.tasks) {
    for (const f of [t.fields.lead, t.fields.cooperating]) {
      if (!f || f.source !== 'label' || !/chủ trì|thực hiện/i.test(f.label)) continue;
      const text = (snapshot.paragraphs[f.paragraph - 1]?.text.trim() ?? '').replace(/^[-+*]?\s*/, '');
      if (text.toLowerCase().startsWith(f.label.toLowerCase()) && /^\s*:/.test(text.slice(f.label.length))) leadLines.add(f.paragraph);
    }
  }
  const leadLabelled = leadLines.size;
  console.log(`\n== ${name}`);
  console.log(`  Số: ${show(plan.number)}   ngày: ${show(plan.date)}   địa danh: ${show(plan.place)}`);
  console.log(`  Cơ quan: ${show(plan.parentBody ? `${plan.parentBody} / ${plan.issuer}` : plan.issuer)}`);
  console.log(`  Trích yếu: ${show(plan.title)}   giai đoạn: ${plan.period ? `${plan.period.from}-${plan.period.to}` : '—'}`);
  console.log(`  Căn cứ: ${plan.references.map((r) => `${r.number}${r.date ? ` (${r.date})` : ''}`).join('; ') || '—'}`);
  for (const s of plan.sections) console.log(`  ${s.numeral}. ${s.title}  [${s.kind}, đoạn ${s.paragraph}]`);
  console.log(`  Nhiệm vụ: ${plan.tasks.length} (thiếu chủ trì ${noLead}, thiếu thời gian ${noTiming}); kiểu ghi nhãn: ${plan.taskLabelStyle}; dòng nhãn chủ trì: ${leadLabelled}`);
  console.log(`  Chỉ tiêu: ${plan.targets.length}   Hạn báo cáo: ${plan.reporting.map((r) => `"${r.text}" (${show(r.recurrence)})`).join('; ') || '—'}`);
  console.log(`  Người ký: ${plan.signer ? [plan.signer.authority, plan.signer.title, plan.signer.name].map(show).join(' / ') : '—'}   Nơi nhận: ${plan.recipients.length}   Lưu: ${show(plan.archiveLine)}`);
  const truthFile = join(shared, 'corpus', 'truth', `${name}.json`);
  if (existsSync(truthFile)) {
    const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as { task_label_style?: string; tasks_with_lead_label?: number };
    if (truth.task_label_style) {
      totals.styleKnown++;
      const ok = truth.task_label_style === plan.taskLabelStyle;
      if (ok) totals.styleRight++;
      console.log(`  Đối chiếu: kiểu nhãn ${ok ? 'đúng' : `SAI (đúng là ${truth.task_label_style})`}; dòng nhãn chủ trì theo truth ${truth.tasks_with_lead_label}, đọc được ${leadLabelled}${truth.tasks_with_lead_label === leadLabelled ? ' (khớp)' : ''}`);
    }
  }
  if (checkPlan) {
    try {
      const findings = checkPlan({ snapshot, plan, parent: null });
      const byRule = new Map<string, Finding[]>();
      for (const f of findings) (byRule.get(f.rule) ?? byRule.set(f.rule, []).get(f.rule)!).push(f);
      console.log(`  Phát hiện: ${findings.length}`);
      for (const [rule, list] of byRule) console.log(`    ${rule} ×${list.length}: đoạn ${list.map((f) => f.location.paragraph).join(', ')}`);
    } catch (e) {
      console.log(`  (bộ kiểm tra chưa chạy được: ${(e as Error).message})`);
    }
  }
}
console.log(`\nTổng: ${totals.files} kế hoạch, ${totals.tasks} nhiệm vụ (thiếu chủ trì ${totals.noLead}, thiếu thời gian ${totals.noTiming}); kiểu nhãn đúng ${totals.styleRight}/${totals.styleKnown}.`);
