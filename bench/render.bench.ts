/**
 * Rendering a full plan (examples/xa-dong-viet.yaml: form → templates → blocks → .docx) beside
 * docxtemplater filling an equivalent template: a .docx with the same paragraphs, the tasks as a
 * {#tasks}…{/tasks} loop with their points, Nơi nhận as a loop. Both produce a zipped .docx.
 * Median of runs after a warm-up, in this process; never asserted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import type { Block } from '../src/core/blocks';
import { blocksToDocx } from '../src/core/ooxml/writeDocx';
import { textToDocx } from '../src/core/ooxml/writeDocx';
import { draftPlan } from '../src/core/templates/draftPlan';
import { record } from './support/summary';
import { median } from './support/timing';

const root = join(import.meta.dirname, '..');
const form = readFileSync(join(root, 'examples', 'xa-dong-viet.yaml'), 'utf8');

const textOf = (b: Block): string[] => {
  switch (b.type) {
    case 'header':
      return [b.parentBody ?? '', b.issuer, b.number, b.placeDate];
    case 'section':
      return [`${b.numeral}. ${b.title}`];
    case 'item':
      return [`${b.marker} ${b.inlines.map((i) => i.text).join('')}`];
    case 'signature':
      return ['Nơi nhận:', ...b.recipients, ...b.authority, b.title, b.name];
    default:
      return 'inlines' in b ? [b.inlines.map((i) => i.text).join('')] : 'text' in b ? [b.text] : [];
  }
};

/** The same plan as a docxtemplater template: literal paragraphs, the task section as a loop. */
function equivalentTemplate(blocks: Block[]): Uint8Array {
  const lines: string[] = [];
  let inTasks = false;
  const brace = (t: string) => t.replace(/[{}]/g, '');
  for (const b of blocks) {
    if (b.type === 'section') {
      inTasks = b.numeral === 'III';
      lines.push(brace(textOf(b)[0]));
      if (inTasks) lines.push('{#tasks}', '{code}. {title}', 'Đơn vị chủ trì: {lead}', 'Đơn vị phối hợp: {cooperating}', 'Thời gian thực hiện: {timing}', '{#points}', '{marker} {title}', '{/points}', '{/tasks}');
      continue;
    }
    if (inTasks) continue;
    if (b.type === 'header') lines.push('{parentBody}', '{issuer}', '{number}', '{placeDate}');
    else if (b.type === 'subject') lines.push('{subject}');
    else if (b.type === 'signature') lines.push('Nơi nhận:', '{#recipients}', '{.}', '{/recipients}', '{authority}', '{signerTitle}', '{signerName}');
    else lines.push(...textOf(b).map(brace));
  }
  return textToDocx(lines);
}

function time(runs: number, fn: () => unknown): number {
  for (let i = 0; i < 3; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

function main() {
  const { blocks, ctx, parentLink } = draftPlan(form, 'xa-dong-viet.yaml');
  const template = equivalentTemplate(blocks);
  const header = blocks.find((b) => b.type === 'header') as Extract<Block, { type: 'header' }>;
  const signature = blocks.find((b) => b.type === 'signature') as Extract<Block, { type: 'signature' }>;
  const data = {
    parentBody: header.parentBody ?? '',
    issuer: header.issuer,
    number: header.number,
    placeDate: header.placeDate,
    subject: ctx.title,
    tasks: ctx.tasks.map((t) => ({ code: t.code, title: t.title, lead: t.lead, cooperating: t.cooperating ?? '', timing: t.timing, points: t.points })),
    recipients: signature.recipients,
    authority: signature.authority.join(' '),
    signerTitle: signature.title,
    signerName: signature.name,
  };
  const ours = () => {
    const drafted = draftPlan(form, 'xa-dong-viet.yaml');
    return blocksToDocx(drafted.blocks, { parentLink: drafted.parentLink });
  };
  const theirs = () => {
    const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true });
    doc.render(data);
    return doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
  };
  const a = ours();
  const b = theirs();
  void parentLink;
  const runs = 25;
  const tOurs = time(runs, ours);
  const tTheirs = time(runs, theirs);
  console.log(`full plan of examples/xa-dong-viet.yaml: ${blocks.length} blocks, ${ctx.tasks.length} tasks; our .docx ${(a.length / 1024).toFixed(0)} KiB, docxtemplater's ${(b.length / 1024).toFixed(0)} KiB`);
  console.log(`median of ${runs} runs after a warm-up:`);
  console.log(`  Soạn KH: form → templates → blocks → .docx (NĐ 30 formatting, tagged fields, parent link)   ${tOurs.toFixed(1)} ms`);
  console.log(`  docxtemplater: fill an equivalent template (loops for tasks, points, Nơi nhận)             ${tTheirs.toFixed(1)} ms`);
  console.log(`  ratio Soạn KH / docxtemplater                                                             ${(tOurs / tTheirs).toFixed(2)}×`);
  record({ what: 'soạn một kế hoạch đầy đủ ra .docx (xa-dong-viet.yaml)', figure: `${tOurs.toFixed(1)} ms`, against: `docxtemplater điền mẫu tương đương: ${tTheirs.toFixed(1)} ms`, ratio: `${(tOurs / tTheirs).toFixed(2)}×`, goal: '', met: null });
}

main();
