/**
 * `npx tsx scripts/new-rule-findings.ts [--all]`: every finding of the issue-8 rules (level, names,
 * words, recipients, header, layout, encoding) on the seeds, ../shared/corpus (text) and
 * ../shared/corpus/word (Word), one line each, so a reviewer can judge them. `--all` prints every
 * rule's findings. Reads ../shared: says so and stops when it is absent.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDocument } from '../src/cli/loadDocument';
import { checkPlan } from '../src/core/checks/engine';
import { readPlan } from '../src/core/plan/readPlan';
import { loadParentFor } from '../src/cli/loadParent';
import { loadSyllables } from '../src/cli/dictionary';

const NEW_RULES = new Set([
  'level-mismatch',
  'official-name',
  'word-confusion',
  'misspelt-syllable',
  'paragraph-broken',
  'leftover-markup',
  'recipients-entry',
  'recipients-report-to',
  'recipients-assigned',
  'header-missing',
  'number-form',
  'date-line-form',
  'task-unowned',
  'layout-nd30',
  'unicode-normalization',
  'spelling-variant',
]);

const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(here, '../../shared');
if (!existsSync(shared)) {
  console.log(`Không thấy ${shared}: không có hạt giống và kho văn bản để chạy.`);
  process.exit(0);
}
const all = process.argv.includes('--all');
const dirs = ['seeds', 'corpus', 'corpus/word'].map((d) => join(shared, d)).filter(existsSync);
let total = 0;
for (const dir of dirs) {
  const files = readdirSync(dir).filter((f) => /\.(txt|docx|doc)$/.test(f) && f !== 'README.md').sort();
  for (const f of files) {
    const path = join(dir, f);
    let line: string[] = [];
    try {
      const snapshot = await loadDocument(path);
      const plan = readPlan(snapshot);
      const parent = await loadParentFor(snapshot, null);
      const dictionary = (await loadSyllables()) ?? undefined;
      const findings = checkPlan({ snapshot, plan, parent, dictionary }).filter((x) => all || NEW_RULES.has(x.rule));
      line = findings.map((x) => `  ${x.location.paragraph}\t${x.rule}\t${x.severity}\t${x.message}`);
    } catch (e) {
      line = [`  (không đọc được: ${e instanceof Error ? e.message : String(e)})`];
    }
    total += line.length;
    console.log(`${dir.slice(shared.length + 1)}/${f}: ${line.length}`);
    for (const l of line) console.log(l);
  }
}
console.log(`Tổng: ${total} phát hiện`);
