/**
 * Issue 4's requirement: `kh check` on a 5,000-task .docx (readDocx → readPlan → checkPlan) must
 * beat mammoth's extractRawText of the same file. Prints sizes, medians and ratios, and a scaling
 * line; never asserts a time (machines differ; the figures go in the report).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import type { Block } from '../src/core/blocks';
import { checkPlan } from '../src/core/checks/engine';
import { readDocx } from '../src/core/ooxml/readDocx';
import { blocksToDocx } from '../src/core/ooxml/writeDocx';
import { readPlan } from '../src/core/plan/readPlan';
import { record } from './support/summary';

const RUNS = 7;
const UNITS = ['Sở Nội vụ', 'Sở Tài chính', 'Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Sở Văn hóa, Thể thao và Du lịch', 'Ủy ban nhân dân các xã, phường'];

/** A plan with `tasks` tasks under III; one in 500 lacks its lead unit, one in 700 its timing. */
export function largePlanBlocks(tasks: number): Block[] {
  const blocks: Block[] = [
    { type: 'header', parentBody: null, issuer: 'Ủy ban nhân dân tỉnh Lai Châu', number: '125/KH-UBND', placeDate: 'Lai Châu, ngày 05 tháng 7 năm 2026' },
    { type: 'doc-kind', text: 'Kế hoạch' },
    { type: 'subject', text: 'Thực hiện Chương trình quốc gia về bình đẳng giới giai đoạn 2026-2030' },
    { type: 'basis', inlines: [{ text: 'Căn cứ Quyết định số 2282/QĐ-TTg ngày 31/12/2020 của Thủ tướng Chính phủ;' }] },
    { type: 'basis', inlines: [{ text: 'Thực hiện ' }, { text: 'Kế hoạch số 4595/KH-UBND ngày 09/6/2026 của Ủy ban nhân dân tỉnh', field: 'kh:parent-citation' }, { text: ', Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:' }], italic: false },
    { type: 'section', numeral: 'I', title: 'Mục đích, yêu cầu' },
    { type: 'item', marker: '1.', inlines: [{ text: 'Mục đích' }], bold: true },
    { type: 'paragraph', inlines: [{ text: 'Triển khai kịp thời, đồng bộ các nhiệm vụ của Chương trình trên địa bàn tỉnh.' }] },
    { type: 'section', numeral: 'II', title: 'Mục tiêu' },
    { type: 'paragraph', inlines: [{ text: 'Phấn đấu đến năm 2030 đạt 50% cơ quan có lãnh đạo chủ chốt là nữ.' }] },
    { type: 'section', numeral: 'III', title: 'Nhiệm vụ, giải pháp' },
  ];
  // Real plans number at most two digits per level, so tasks are points a)–đ) under "g.k." items.
  const POINTS = ['a)', 'b)', 'c)', 'd)', 'đ)'];
  let i = 0;
  for (let g = 1; i < tasks; g++) {
    blocks.push({ type: 'item', marker: `${g}.`, inlines: [{ text: `Nhóm nhiệm vụ ${g}: tuyên truyền, nâng cao nhận thức về bình đẳng giới` }], bold: true });
    for (let k = 1; k <= 50 && i < tasks; k++) {
      blocks.push({ type: 'item', marker: `${g}.${k}.`, inlines: [{ text: `Lồng ghép nội dung bình đẳng giới vào hoạt động của đơn vị (nhóm ${g}.${k})` }] });
      for (const point of POINTS) {
        if (i >= tasks) break;
        i++;
        blocks.push({ type: 'item', marker: point, inlines: [{ text: `Tổ chức các hoạt động hưởng ứng, lồng ghép nội dung bình đẳng giới vào hội nghị, sinh hoạt định kỳ (nhiệm vụ ${i}).` }] });
        if (i % 500 !== 0) blocks.push({ type: 'paragraph', inlines: [{ text: 'Đơn vị chủ trì: ' }, { text: UNITS[i % UNITS.length], field: 'kh:lead' }, { text: '.' }] });
        blocks.push({ type: 'paragraph', inlines: [{ text: 'Đơn vị phối hợp: ' }, { text: UNITS[(i + 1) % UNITS.length], field: 'kh:cooperating' }, { text: '.' }] });
        if (i % 700 !== 0) blocks.push({ type: 'paragraph', inlines: [{ text: 'Thời gian thực hiện: ' }, { text: `Quý ${(i % 4) + 1} năm 2027`, field: 'kh:timing' }, { text: '.' }] });
      }
    }
  }
  blocks.push(
    { type: 'section', numeral: 'IV', title: 'Tổ chức thực hiện' },
    { type: 'paragraph', inlines: [{ text: 'Các sở, ngành báo cáo kết quả thực hiện về Sở Nội vụ ' }, { text: 'trước ngày 30/11 hằng năm', field: 'kh:report-deadline' }, { text: ' để tổng hợp.' }] },
    { type: 'signature', recipients: ['Bộ Nội vụ (b/c);', 'TT. Tỉnh ủy (b/c);', 'Các sở, ban, ngành tỉnh;', 'Lưu: VT, NC.'], authority: ['TM. Ủy ban nhân dân', 'KT. Chủ tịch'], title: 'Phó Chủ tịch', name: 'Nguyễn Văn An' },
  );
  return blocks;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function time(runs: number, fn: () => unknown): Promise<number> {
  await fn(); // warm-up: JIT and caches
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

function khCheck(bytes: Uint8Array) {
  const snapshot = readDocx(bytes, 'bench.docx');
  const plan = readPlan(snapshot);
  return checkPlan({ snapshot, plan, parent: null });
}

async function main() {
  const outDir = join(process.cwd(), '.bench-out');
  mkdirSync(outDir, { recursive: true });

  const bytes = blocksToDocx(largePlanBlocks(5000));
  const file = join(outDir, 'plan-5000-tasks.docx');
  writeFileSync(file, bytes);
  const snapshot = readDocx(bytes, file);
  const findings = khCheck(bytes);
  const byRule = new Map<string, number>();
  for (const f of findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  const documentXml = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'];
  console.log(`5,000-task plan: ${kb(bytes.length)} .docx (document.xml ${(documentXml.length / 1048576).toFixed(1)} MiB), ${snapshot.paragraphs.length} paragraphs, ${readPlan(snapshot).tasks.length} tasks read`);
  console.log(`findings: ${[...byRule].map(([r, n]) => `${r} ×${n}`).join(', ') || 'none'}`);

  const buffer = Buffer.from(bytes);
  const reader = await time(RUNS, () => readDocx(bytes, 'bench.docx'));
  const check = await time(RUNS, () => khCheck(bytes));
  const mammothRaw = await time(RUNS, () => mammoth.extractRawText({ buffer }));
  console.log(`\nmedian of ${RUNS} runs after a warm-up:`);
  console.log(`  readDocx alone                          ${ms(reader)}`);
  console.log(`  kh check in-process (read+plan+check)   ${ms(check)}`);
  console.log(`  mammoth.extractRawText                  ${ms(mammothRaw)}`);
  console.log(`  ratio mammoth / kh check                ${(mammothRaw / check).toFixed(2)}×  (${check < mammothRaw ? 'kh check is faster' : 'kh check is SLOWER'})`);
  console.log(`  ratio mammoth / readDocx                ${(mammothRaw / reader).toFixed(2)}×`);
  console.log(`  kh check / mammoth                      ${(check / mammothRaw).toFixed(2)}  (goal ≤ 0.40: ${check / mammothRaw <= 0.4 ? 'met' : 'NOT met'})`);
  record({ what: 'kế hoạch 5.000 nhiệm vụ: đọc + kiểm tra (trong tiến trình)', figure: ms(check), against: `mammoth.extractRawText (chỉ lấy chữ): ${ms(mammothRaw)}`, ratio: `${(check / mammothRaw).toFixed(2)} thời gian của mammoth`, goal: '≤ 0,4 × mammoth', met: check / mammothRaw <= 0.4 });

  const t0 = performance.now();
  const cli = spawnSync('npm', ['run', '--silent', 'kh', '--', 'check', file, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wall = performance.now() - t0;
  let cliFindings = '?';
  try {
    cliFindings = String(JSON.parse(cli.stdout).findings.length);
  } catch {
    cliFindings = `unreadable output (exit ${cli.status}): ${cli.stderr.split('\n')[0]}`;
  }
  console.log(`\nreal CLI once: npm run kh -- check ${file} --json → exit ${cli.status}, ${cliFindings} findings, ${ms(wall)} wall (npm + tsx start-up included)`);

  console.log('\nscaling (median of 3, kh check in-process):');
  let previous: { tasks: number; t: number } | null = null;
  for (const tasks of [1000, 2000, 5000, 10000]) {
    const b = blocksToDocx(largePlanBlocks(tasks));
    const t = await time(3, () => khCheck(b));
    const per = (t / tasks) * 1000;
    const growth = previous ? `  ×${(t / previous.t).toFixed(2)} time for ×${(tasks / previous.tasks).toFixed(1)} tasks` : '';
    console.log(`  ${String(tasks).padStart(6)} tasks  ${kb(b.length).padStart(9)}  ${ms(t).padStart(10)}  ${per.toFixed(1)} µs/task${growth}`);
    previous = { tasks, t };
  }
}

// Run when executed (bench/run.ts, tsx); importing the generator alone must not start a bench.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.stack : e);
    process.exit(1);
  });
}
