/**
 * The pane's weight and speed: initial JavaScript per page, gzipped (budget 200 KB), the lazy
 * chunks, and the standalone page's first render in headless Chromium (target 500 ms), median of
 * several cold loads. Figures only, no assertion: `npm run bench -- pane`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, CHROMIUM } from '../tests/e2e/browser';
import { ensurePaneBuilt } from '../tests/e2e/paneBuild';
import { serveStatic } from '../tests/e2e/staticServer';

const BUDGET_KB = 200;
const RENDER_TARGET_MS = 500;
const RUNS = 7;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function initialScripts(dist: string, page: string): string[] {
  const html = readFileSync(join(dist, page), 'utf8');
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
}

const dist = await ensurePaneBuilt();
console.log('Initial JavaScript (gzip -9), what a page loads before it can render:');
for (const page of ['taskpane.html', 'standalone.html']) {
  const scripts = initialScripts(dist, page);
  const total = scripts.reduce((sum, s) => sum + gz(join(dist, s)), 0);
  console.log(`  ${page.padEnd(16)} ${kb(total).padStart(9)}  (${scripts.join(' + ')})  budget ${BUDGET_KB} KB: ${total / 1024 <= BUDGET_KB ? 'within' : 'OVER'}`);
}
console.log('Loaded on demand (gzip -9):');
const chunks = readdirSync(dist).filter((f) => /\.[0-9a-f]{8}\.js$/.test(f));
for (const name of ['draft', 'parent', 'docview', 'kh-check']) {
  const file = chunks.find((f) => f.startsWith(`${name}.`));
  if (file) console.log(`  ${name.padEnd(16)} ${kb(gz(join(dist, file))).padStart(9)}  (${file}${name === 'kh-check' ? ', the check worker' : name === 'docview' ? ', the document view: docx-preview' : ''})`);
}
const shared = chunks.filter((f) => !/^(draft|parent|docview|kh-check)\./.test(f));
console.log(`  ${'shared chunks'.padEnd(16)} ${kb(shared.reduce((sum, f) => sum + gz(join(dist, f)), 0)).padStart(9)}  (${shared.length} files: templates, YAML, checks, split by webpack)`);

if (!existsSync(CHROMIUM)) {
  console.log(`First render: bỏ qua vì không có ${CHROMIUM} (skipped: Chromium not installed)`);
} else {
  const server = await serveStatic(dist);
  const browser = await launchChromium({ width: 350, height: 900 });
  const times: number[] = [];
  const drawn: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.context.newPage();
      const start = Date.now();
      await page.goto(`${server.url}/standalone.html?run=${i}`);
      await page.getByTestId('run-check').waitFor();
      // Time from navigation start to the pane's first interactive frame, as the page measured it.
      const ms = await page.evaluate(() => performance.now());
      times.push(i === 0 ? Date.now() - start : ms);
      // Then the document view (its chunk loaded on demand) has drawn the sample.
      await page.getByTestId('document-view').locator('[data-paragraph]').first().waitFor();
      drawn.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const warm = times.slice(1).sort((a, b) => a - b);
  const median = warm[Math.floor(warm.length / 2)];
  console.log(`First render of standalone.html at 350 px (the sample plan written to .docx in the page, React + Fluent mounted):`);
  console.log(`  median ${median.toFixed(0)} ms over ${warm.length} loads (min ${warm[0].toFixed(0)}, max ${warm[warm.length - 1].toFixed(0)}); first load ${times[0].toFixed(0)} ms; target ${RENDER_TARGET_MS} ms: ${median <= RENDER_TARGET_MS ? 'met' : 'MISSED'}`);
  const drawnWarm = drawn.slice(1).sort((a, b) => a - b);
  console.log(`  document view drawn (docx-preview, loaded after the pane): median ${drawnWarm[Math.floor(drawnWarm.length / 2)].toFixed(0)} ms from navigation`);
}

// The Word host's read path on our side: one getOoxml() payload (flat OPC) through readFlatOpc.
{
  const { blocksToFlatOpc } = await import('../src/core/ooxml/writeDocx');
  const { readFlatOpc } = await import('../src/core/ooxml/readFlatOpc');
  type Block = import('../src/core/blocks').Block;
  // ~200 pages of a plan: 600 tasks of title + lead (a tagged field) + timing lines.
  const blocks: Block[] = [{ type: 'section', numeral: 'III', title: 'NHIỆM VỤ, GIẢI PHÁP' }];
  for (let i = 1; i <= 600; i++) {
    blocks.push(
      { type: 'item', marker: `${i}.`, inlines: [{ text: `Nhiệm vụ số ${i}: rà soát, cập nhật và tổ chức thực hiện các nội dung của Chương trình trên địa bàn` }] },
      { type: 'paragraph', inlines: [{ text: 'Đơn vị chủ trì: ' }, { text: 'Phòng Văn hóa - Xã hội', field: 'kh:lead' }] },
      { type: 'paragraph', inlines: [{ text: 'Thời gian thực hiện: ' }, { text: 'Hằng năm', field: 'kh:timing' }] },
    );
  }
  const ooxml = blocksToFlatOpc(blocks);
  readFlatOpc(ooxml, 'warm-up');
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    readFlatOpc(ooxml, 'bench');
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`WordHost.readSnapshot, our side: readFlatOpc on a ${(ooxml.length / 1024 / 1024).toFixed(1)} MB getOoxml() payload (1,801 paragraphs, 1,200 tagged fields): median ${times[3].toFixed(0)} ms`);
}
