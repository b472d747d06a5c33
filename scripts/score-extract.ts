/**
 * `npm run score -- DIR… [-v]`: scores the plan reader against hand-checked truth, like
 * ../shared/tools/score-extract.py but in-process. Each DIR holds plans (*.txt) and truth/NAME.json;
 * a plan without truth of its own takes it from another DIR's truth folder (the seeds use
 * corpus/truth). Prints each plan's wrong fields (expected vs got with -v), then per-field tallies.
 *   npm run score -- tests/fixtures/unseen -v
 *   npm run score -- ../shared/corpus ../shared/seeds
 */
import { relative } from 'node:path';
import { findScoredPlans, SCORED_FIELDS, scorePlan, tallyFields, TASK_FIELDS } from './extractScore';

const args = process.argv.slice(2);
const verbose = args.includes('-v') || args.includes('--verbose');
const dirs = args.filter((a) => !a.startsWith('-'));

if (dirs.length === 0) {
  console.error('Cách dùng: npm run score -- THƯ_MỤC… [-v]   (mỗi thư mục có *.txt và truth/TÊN.json)');
  console.error('usage: npm run score -- DIR… [-v]');
  process.exit(2);
}

const { plans, missing, noTruth } = findScoredPlans(dirs);
for (const d of missing) console.log(`Không có thư mục ${d}: bỏ qua (absent, skipped).`);
for (const f of noTruth) console.log(`${relative(process.cwd(), f)}: không có tệp đáp án (truth), không chấm.`);
if (plans.length === 0) {
  console.log('Không có kế hoạch nào có đáp án để chấm (nothing to score).');
  process.exit(0);
}

const show = (v: unknown) => JSON.stringify(v);
const scores = plans.map(scorePlan);
for (const s of scores) {
  if (s.error) console.log(`${s.name}: bộ đọc lỗi (reader failed): ${s.error.split('\n')[0]}`);
  for (const field of [...SCORED_FIELDS, ...TASK_FIELDS]) {
    const r = s.fields[field];
    if (r.ok) continue;
    console.log(`${s.name}: ${field} sai` + (verbose ? `\n    expected ${show(r.expected)}\n    got      ${show(r.got)}` : ''));
  }
  if (verbose && s.extraReporting.length > 0) {
    console.log(`${s.name}: (không tính điểm) thời hạn đọc thành báo cáo nhưng không có trong đáp án: ${show(s.extraReporting)}`);
  }
}

const tally = tallyFields(scores);
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
console.log('');
for (const field of SCORED_FIELDS) {
  const { right, total } = tally[field];
  console.log(`${field.padEnd(16)} ${String(right).padStart(3)}/${total}  ${pct(right, total)}`);
}
const right = SCORED_FIELDS.reduce((n, f) => n + tally[f].right, 0);
const total = SCORED_FIELDS.reduce((n, f) => n + tally[f].total, 0);
const extra = scores.reduce((n, s) => n + s.extraReporting.length, 0);
console.log(`fields right: ${right}/${total} (${pct(right, total)}) over ${scores.length} plans (the fields score-extract.py counts)`);
console.log('task fields of the truth that score-extract.py does not count:');
for (const field of TASK_FIELDS) {
  const { right: r, total: t } = tally[field];
  console.log(`${field.padEnd(22)} ${String(r).padStart(3)}/${t}  ${pct(r, t)}`);
}
console.log(`reporting phrases read that are not in the truth (not scored): ${extra}`);
