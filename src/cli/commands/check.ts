import { parseArgs } from '../args';
import type { CliIO, Command } from '../io';
import { KhInputError } from '../../core/errors';
import { formatFindings } from '../format';
import { checkOne } from '../checkFile';
import { naming } from '../internalError';
import { expandInputs, isBatch } from '../batch/inputs';

const USAGE_VI = 'cần ít nhất một tệp hoặc thư mục: kh check TỆP|THƯ_MỤC… [--parent KẾ_HOẠCH] [--json] [--report BÁO_CÁO.html] [--csv BAO_PHU.csv]';
const USAGE_EN = 'usage: kh check FILE|FOLDER… [--parent PLAN] [--json] [--report REPORT.html] [--csv COVERAGE.csv]';

/**
 * `kh check FILE [--parent PLAN] [--json]`: exit 1 when any finding is an error. Several files or
 * a folder make a batch (checkBatch): one process, every core, a table, a report.
 */
export const check: Command = async (args, io: CliIO) => {
  const { positional, flags } = parseArgs(args, { booleans: ['json'], values: ['parent', 'report', 'csv', 'jobs'] });
  if (positional.length === 0) throw new KhInputError('kh check', USAGE_VI, {}, USAGE_EN, 'usage');
  const parent = typeof flags.parent === 'string' ? flags.parent : null;
  const batchOnly = ['report', 'csv', 'jobs'].filter((f) => f in flags);
  if (!(await isBatch(positional)) && batchOnly.length === 0) {
    const file = positional[0];
    const r = await naming(file, () => checkOne(file, parent));
    if (flags.json) io.out(JSON.stringify({ file, findings: r.findings, summary: r.summary }, null, 2));
    else io.out(formatFindings(file, r.findings, r.summary, io.color));
    return r.summary.error > 0 ? 1 : 0;
  }
  const files = await expandInputs(positional);
  if (files.length === 0) throw new KhInputError(positional.join(', '), 'không có tệp .docx, .doc hay .txt nào để kiểm tra', {}, 'no .docx, .doc or .txt file to check', 'no-input-files');
  const jobs = typeof flags.jobs === 'string' ? Number(flags.jobs) : undefined;
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 256)) throw new KhInputError('kh check', '--jobs cần một số nguyên từ 1', {}, '--jobs needs a whole number from 1', 'usage');
  // The batch's pool, progress bar and report load only for a batch: one file starts faster.
  const { checkBatch } = await import('../batch/checkBatch');
  return checkBatch(files, io, {
    parent,
    json: Boolean(flags.json),
    report: typeof flags.report === 'string' ? flags.report : null,
    csv: typeof flags.csv === 'string' ? flags.csv : null,
    jobs,
  });
};
