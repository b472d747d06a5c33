import { readdirSync } from 'node:fs';
import { loadDocument } from '../src/cli/loadDocument';
import { readPlan } from '../src/core/plan/readPlan';
import { checkPlan } from '../src/core/checks/engine';
import { layoutNd30 } from '../src/core/checks/rules/layout/layoutNd30';
const dir = '../shared/corpus/word';
const files = [...readdirSync(dir).filter((f) => f.endsWith('.docx')).map((f) => `${dir}/${f}`), '/tmp/rules-xa-dong-viet.docx', '/tmp/rules-vp-ubnd-lai-chau.docx'];
for (const f of files) {
  const s = await loadDocument(f);
  const found = checkPlan({ snapshot: s, plan: readPlan(s), parent: null }, {}, [layoutNd30]);
  console.log(f.split('/').pop(), found.length);
  for (const x of found) console.log('  ', x.location.paragraph, x.message);
}
