/**
 * `npx tsx scripts/make-plan-folder.ts OUT [N]`: a folder of N plans (default 100) as a province
 * receives them, for `kh check OUT` and the batch bench: the project's own fixtures and samples,
 * the two example plans drafted, and communes drafted from examples/xa-dong-viet.yaml with the
 * slips reviewers find (a task left out, a lead unit missing, the reporting deadline late or
 * gone), plus one damaged file. Deterministic: the same N gives the same folder.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Block } from '../src/core/blocks';
import { blocksToDocx } from '../src/core/ooxml/writeDocx';
import { draftPlan } from '../src/core/templates/draftPlan';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const COMMUNES = ['Tân An', 'Hòa Bình', 'Phúc Lộc', 'Yên Thế', 'Đông Sơn', 'Lạc Hồng', 'Tam Đa', 'Minh Đức', 'Quang Trung', 'Xuân Lai', 'Hợp Thịnh', 'Đại Đồng', 'Ngọc Thiện', 'Tiên Du', 'Việt Yên', 'Song Liễu', 'Lũng Sơn', 'Thanh Vân', 'Kim Chân', 'Bảo Đài'];

/** Removes top-level task `code` of section III with its fields and points. */
function dropTask(blocks: Block[], code: string): Block[] {
  const start = blocks.findIndex((b, i) => b.type === 'item' && b.marker === `${code}.` && blocks.slice(0, i).some((s) => s.type === 'section' && s.numeral === 'III') && !blocks.slice(0, i).some((s) => s.type === 'section' && s.numeral === 'IV'));
  if (start < 0) return blocks;
  let end = start + 1;
  while (end < blocks.length && !(blocks[end].type === 'section' || (blocks[end].type === 'item' && /^\d+\.$/.test((blocks[end] as { marker: string }).marker)))) end++;
  return [...blocks.slice(0, start), ...blocks.slice(end)];
}

/** Drops the `n`-th paragraph holding a field tagged `tag`. */
function dropField(blocks: Block[], tag: string, n: number): Block[] {
  let seen = -1;
  return blocks.filter((b) => !(b.type === 'paragraph' && b.inlines.some((x) => x.field === tag) && ++seen === n));
}

function rewriteField(blocks: Block[], tag: string, text: string | null): Block[] {
  return blocks.flatMap((b) => {
    if (b.type !== 'paragraph' || !b.inlines.some((x) => x.field === tag)) return [b];
    if (text === null) return [];
    return [{ ...b, inlines: b.inlines.map((x) => (x.field === tag ? { ...x, text } : x)) }];
  });
}

export function makePlanFolder(out: string, count = 100): string[] {
  mkdirSync(out, { recursive: true });
  const written: string[] = [];
  const own = [join(root, 'tests/fixtures/cli'), join(root, 'tests/fixtures/plans'), join(root, 'samples')];
  for (const dir of own) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      if (written.length >= count) break;
      const to = join(out, `co-san-${basename(dir)}-${name}`);
      copyFileSync(join(dir, name), to);
      written.push(to);
    }
  }
  for (const example of ['xa-dong-viet', 'vp-ubnd-lai-chau']) {
    if (written.length >= count) break;
    const { blocks, parentLink } = draftPlan(readFileSync(join(root, 'examples', `${example}.yaml`), 'utf8'), `${example}.yaml`);
    const to = join(out, `vi-du-${example}.docx`);
    writeFileSync(to, blocksToDocx(blocks, { parentLink }));
    written.push(to);
  }
  const form = readFileSync(join(root, 'examples', 'xa-dong-viet.yaml'), 'utf8');
  for (let i = 0; written.length < count - 1; i++) {
    const name = `${COMMUNES[i % COMMUNES.length]}${i >= COMMUNES.length ? ` ${Math.floor(i / COMMUNES.length) + 1}` : ''}`;
    const upper = name.toLocaleUpperCase('vi');
    const text = form.replaceAll('ĐỒNG VIỆT', upper).replaceAll('Đồng Việt', name);
    const { blocks: drafted, parentLink } = draftPlan(text, `xa-${i}.yaml`);
    let blocks = drafted;
    // Most communes get it right; the rest make one of the slips reviewers catch.
    switch (i % 10) {
      case 3:
        blocks = dropTask(blocks, String((i % 5) + 1));
        break;
      case 5:
        blocks = dropField(blocks, 'kh:lead', i % 5);
        break;
      case 7:
        blocks = rewriteField(blocks, 'kh:report-deadline', 'trước ngày 20/12 hằng năm');
        break;
      case 9:
        blocks = dropTask(rewriteField(blocks, 'kh:report-deadline', null), '4');
        break;
    }
    const to = join(out, `xa-${String(i + 1).padStart(3, '0')}-${name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase().replace(/\s+/g, '-')}.docx`);
    writeFileSync(to, blocksToDocx(blocks, { parentLink }));
    written.push(to);
  }
  // One file a mail client cut short: a row with its reason, and the batch goes on.
  const damaged = join(out, 'xa-tep-hong.docx');
  const whole = readFileSync(written[written.length - 1]);
  writeFileSync(damaged, whole.subarray(0, Math.floor(whole.length / 3)));
  written.push(damaged);
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv[2];
  if (!out) {
    console.error('cách dùng: npx tsx scripts/make-plan-folder.ts THƯ_MỤC [SỐ_KẾ_HOẠCH]');
    process.exit(2);
  }
  const files = makePlanFolder(out, Number(process.argv[3] ?? 100));
  console.log(`${files.length} kế hoạch trong ${out}`);
}
