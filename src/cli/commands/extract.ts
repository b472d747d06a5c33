import { parseArgs } from '../args';
import type { Command } from '../io';
import { loadDocument } from '../loadDocument';
import { readPlan } from '../../core/plan/readPlan';
import { toExtractJson } from '../../core/plan/extractJson';
import { KhInputError } from '../../core/errors';
import { formatExtract } from '../format';
import { naming } from '../internalError';

/** `kh extract FILE [--json]`: the plan as read. */
export const extract: Command = async (args, io) => {
  const { positional, flags } = parseArgs(args, { booleans: ['json'], values: [] });
  if (positional.length !== 1) throw new KhInputError('kh extract', 'cần đúng một tệp: kh extract TỆP [--json]', {}, 'usage: kh extract FILE [--json]', 'usage');
  const file = positional[0];
  const plan = await naming(file, async () => readPlan(await loadDocument(file)));
  const json = { file, ...toExtractJson(plan) };
  io.out(flags.json ? JSON.stringify(json, null, 2) : formatExtract(json, io.color));
  return 0;
};
