/**
 * The table of issue 11 item 3: each bench records its headline figures here, and `npm run bench`
 * (bench/run.ts) prints them together at the end with the machine they were measured on. A bench
 * run alone (`npx tsx bench/batch.bench.ts`) records nothing and prints only its own lines.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';

export interface SummaryRow {
  /** What was measured, in a few words. */
  what: string;
  /** The figure for Soạn KH ("3.2 s wall, 5.1 s CPU"). */
  figure: string;
  /** What it is compared with, and that figure. */
  against: string;
  /** The ratio as it reads best ("×23 faster", "0.06 of mammoth's time"). */
  ratio: string;
  /** The goal, or '' for a figure shown for information. */
  goal: string;
  /** Whether the goal is met here; null when there is no goal. */
  met: boolean | null;
}

const FILE = process.env.KH_BENCH_SUMMARY;

export function record(row: SummaryRow): void {
  if (FILE) appendFileSync(FILE, JSON.stringify(row) + '\n');
}

export function recorded(file: string): SummaryRow[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as SummaryRow);
}

export const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

/** The machine in one line: CPU model, cores, load average, Node. */
export function machine(): string {
  return `${cpus()[0]?.model.trim() ?? 'CPU không rõ'}, ${availableParallelism()} lõi, load average ${load()}, Node ${process.version}`;
}

/** The rows as a Markdown table, to paste into the README as they are. */
export function summaryTable(rows: SummaryRow[]): string {
  const lines = ['| Đo | Soạn KH | So với | Tỉ lệ | Mục tiêu | Đạt |', '|---|---|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${r.what} | ${r.figure} | ${r.against} | ${r.ratio} | ${r.goal} | ${r.met === null ? '' : r.met ? 'có' : '**không**'} |`);
  return lines.join('\n');
}
