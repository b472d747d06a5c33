import { parseArgs } from '../args';
import type { Command } from '../io';
import { loadDocument } from '../loadDocument';
import { loadParentFor } from '../loadParent';
import { readPlan } from '../../core/plan/readPlan';
import { checkPlan, summarize } from '../../core/checks/engine';
import { KhInputError } from '../../core/errors';
import { formatFindings } from '../format';

/** `kh check FILE [--parent PLAN] [--json]`: exit 1 when any finding is an error. */
export const check: Command = async (args, io) => {
  const { positional, flags } = parseArgs(args, { booleans: ['json'], values: ['parent'] });
  if (positional.length !== 1) throw new KhInputError('kh check', 'cần đúng một tệp: kh check TỆP [--parent KẾ_HOẠCH] [--json]', {}, 'usage: kh check FILE [--parent PLAN] [--json]');
  const file = positional[0];
  const snapshot = await loadDocument(file);
  const plan = readPlan(snapshot);
  const parent = await loadParentFor(snapshot, typeof flags.parent === 'string' ? flags.parent : null);
  const findings = checkPlan({ snapshot, plan, parent });
  const summary = summarize(findings);
  if (flags.json) io.out(JSON.stringify({ file, findings: findings.map(({ fix: _fix, messageEn: _en, ...f }) => f), summary }, null, 2));
  else io.out(formatFindings(file, findings, summary, io.color));
  return summary.error > 0 ? 1 : 0;
};
