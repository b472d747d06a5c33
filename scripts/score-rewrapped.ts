/**
 * `npx tsx scripts/score-rewrapped.ts [WIDTH…]`: every scored plan (tests/fixtures/unseen, and
 * ../shared/corpus and ../shared/seeds when present) re-wrapped at WIDTH columns, as a PDF copy
 * pasted as text is (each long line broken at spaces; the first line, a corpus file's SOURCE, kept),
 * then scored like `npm run score`. Says which folders are absent. Default widths: 64 and 50.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findScoredPlans, scorePlan, SCORED_FIELDS, TASK_FIELDS, tallyFields } from './extractScore';
import { wrapLine } from './wrapLine';

const widths = process.argv.slice(2).map(Number).filter((n) => n > 0);
const root = fileURLToPath(new URL('..', import.meta.url));
const dirs = [join(root, 'tests/fixtures/unseen'), join(root, '../shared/corpus'), join(root, '../shared/seeds')];
const { plans, missing } = findScoredPlans(dirs);
for (const d of missing) console.log(`(không có ${d}: bỏ qua)`);
const tmp = mkdtempSync(join(tmpdir(), 'kh-rewrap-'));
try {
  for (const width of widths.length ? widths : [64, 50]) {
    const dir = join(tmp, String(width));
    mkdirSync(join(dir, 'truth'), { recursive: true });
    for (const p of plans) {
      const lines = readFileSync(p.file, 'utf8').split(/\r?\n/);
      writeFileSync(join(dir, basename(p.file)), [lines[0], ...lines.slice(1).flatMap((l) => wrapLine(l, width))].join('\n'));
      copyFileSync(p.truthFile, join(dir, 'truth', `${p.name}.json`));
    }
    const scores = findScoredPlans([dir]).plans.map(scorePlan);
    const tally = tallyFields(scores);
    const right = SCORED_FIELDS.reduce((n, f) => n + tally[f].right, 0);
    const misses = scores.flatMap((s) => [...SCORED_FIELDS, ...TASK_FIELDS].filter((f) => !s.fields[f].ok).map((f) => `${s.name}:${f}`));
    console.log(`wrapped at ${width}: fields ${right}/${SCORED_FIELDS.length * scores.length}; ` + TASK_FIELDS.map((f) => `${f} ${tally[f].right}/${tally[f].total}`).join(', '));
    if (misses.length) console.log(`  ${misses.join(' ')}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
