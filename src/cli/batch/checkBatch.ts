/**
 * `kh check` on many files: every core checks its share, a progress bar on a terminal (plain
 * lines otherwise), then the table, or `--json`'s array of single-file results, and on request
 * the HTML report and the coverage CSV. An unusable file is one row with its reason; the batch
 * goes on. Exit 2 when a file could not be read, else 1 when a plan has an error, else 0.
 */
import { performance } from 'node:perf_hooks';
import { SingleBar } from 'cli-progress';
import type { ParentPlan } from '../../core/plan/parentPlan';
import { isUnreadable, type FileResult } from '../checkFile';
import type { CliIO } from '../io';
import { loadParentFile } from '../loadParent';
import { oneLine } from '../oneLine';
import { writeOutput } from '../writeOutput';
import { coverageCsv } from './coverageCsv';
import { coverageTables } from './coverageText';
import { htmlReport } from './htmlReport';
import { checkAll } from './pool';
import { formatSummaryTable, formatTotals } from './summaryTable';

export interface BatchOptions {
  parent: string | null;
  json: boolean;
  report: string | null;
  csv: string | null;
  jobs?: number;
}

function progressLine(r: FileResult, done: number, total: number): string {
  const what = isUnreadable(r) ? `không đọc được: ${r.reason}` : `${r.summary.error} lỗi, ${r.summary.warning} cảnh báo`;
  return oneLine(`[${done}/${total}] ${r.file}: ${what}`);
}

export async function checkBatch(files: string[], io: CliIO, options: BatchOptions): Promise<number> {
  const started = performance.now();
  // The parent given once is read once, before the workers start: a bad --parent stops here.
  const given: ParentPlan | null = options.parent ? await loadParentFile(options.parent) : null;
  const bar = io.progress ? new SingleBar({ stream: io.progress, format: 'Đang kiểm tra [{bar}] {value}/{total} tệp  {file}', hideCursor: true, clearOnComplete: true, barsize: 30 }) : null;
  bar?.start(files.length, 0, { file: '' });
  let done = 0;
  const results = await checkAll(
    files,
    options.parent,
    (r) => {
      done++;
      if (bar) bar.update(done, { file: oneLine(r.file, 40) });
      else io.err(progressLine(r, done, files.length));
    },
    options.jobs,
  );
  bar?.stop();
  const seconds = (performance.now() - started) / 1000;

  if (options.json) {
    io.out(JSON.stringify(results.map((r) => (isUnreadable(r) ? { file: r.file, error: r.error, errorId: r.errorId } : { file: r.file, findings: r.findings, summary: r.summary })), null, 2));
  } else {
    io.out(formatSummaryTable(results, io.color, io.columns));
    io.out('');
    io.out(formatTotals(results, seconds));
  }
  const tables = options.report || options.csv ? coverageTables(results, given) : [];
  if (options.report) {
    await writeOutput(options.report, htmlReport(results, tables, { generated: new Date().toISOString().slice(0, 16).replace('T', ' '), seconds }));
    if (!options.json) io.out(`Báo cáo: ${options.report}`);
  }
  if (options.csv) {
    await writeOutput(options.csv, coverageCsv(tables));
    if (!options.json) io.out(`Bảng bao phủ (CSV): ${options.csv}`);
  }
  if (results.some(isUnreadable)) return 2;
  return results.some((r) => !isUnreadable(r) && r.summary.error > 0) ? 1 : 0;
}
