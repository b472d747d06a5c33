import { basename, extname } from 'node:path';
import { parseArgs } from '../args';
import type { Command } from '../io';
import { loadDocument } from '../loadDocument';
import { KhInputError } from '../../core/errors';
import { readPlan } from '../../core/plan/readPlan';
import { planToParent, slugify } from '../../core/plan/toParentPlan';
import { parseParentPlan, writeParentPlan } from '../../core/catalog/parentPlanFile';
import { writeOutput } from '../writeOutput';
import { provenanceLines, provenanceText } from '../../core/catalog/provenance';

const USAGE = 'kh parent import TỆP [-o plan.yaml]';

/** `kh parent import FILE -o plan.yaml`: a parent .docx/.txt as a parent-plan file, gaps marked TODO. */
export const parent: Command = async (args, io) => {
  const [sub, ...rest] = args;
  if (sub !== 'import') throw new KhInputError('kh parent', `chỉ có lệnh con "import": ${USAGE}`, {}, `usage: ${USAGE}`, 'usage');
  const { positional, flags } = parseArgs(rest, { booleans: [], values: ['out'], short: { '-o': 'out' } });
  if (positional.length !== 1) throw new KhInputError('kh parent import', `cần đúng một tệp: ${USAGE}`, {}, `usage: ${USAGE}`, 'usage');
  const file = positional[0];
  const out = typeof flags.out === 'string' ? flags.out : null;
  if (out && !/\.ya?ml$/i.test(out)) throw new KhInputError(out, 'tệp ra phải có đuôi .yaml', {}, 'the output must be .yaml', 'usage');
  const snapshot = await loadDocument(file);
  const plan = readPlan(snapshot);
  const id = out ? basename(out).replace(/\.ya?ml$/i, '') : slugify(`${plan.number ?? basename(file, extname(file))}`, 8);
  const parentPlan = planToParent(plan, id, { ...snapshot, source: basename(file) });
  const refs = plan.references.map((r) => `${r.type ?? ''} ${r.number}${r.date ? ` ngày ${r.date}` : ''}`.trim());
  const yaml = writeParentPlan(parentPlan, [
    `Đọc từ ${basename(file)} bằng kh parent import; kiểm tra lại trước khi đưa vào templates/plans.`,
    ...(refs.length ? [`Văn bản này căn cứ/thực hiện: ${refs.join('; ')} (ghi mã của văn bản cấp trên vào "parent").`] : []),
  ]);
  // What we write must read back: the same parser the catalog uses.
  parseParentPlan(yaml, out ?? `${id}.yaml`);
  if (out) {
    await writeOutput(out, yaml);
    const todo = parentPlan.unresolved ?? [];
    io.out(`Đã ghi ${out}: ${parentPlan.tasks.length} nhiệm vụ, ${parentPlan.targets.length} chỉ tiêu${todo.length ? `; cần điền: ${todo.join(', ')}` : ''}.`);
    // What the secretary must not take on trust: everything not read from the document.
    for (const line of provenanceLines(parentPlan).filter((l) => l.source !== 'document')) io.out(`  ${provenanceText(line)}`);
  } else {
    io.out(yaml.trimEnd());
  }
  return 0;
};
