import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from '../args';
import type { Command } from '../io';
import { KhInputError, throwIfAny } from '../../core/errors';
import { blocksToDocx } from '../../core/ooxml/writeDocx';
import { compileTemplateSet } from '../../core/templates/compileTemplates';
import { draftParsed } from '../../core/templates/draftPlan';
import { parseSectionList } from '../../core/templates/renderPlan';
import { diskStore, TEMPLATES_DIR } from '../catalogFiles';
import { loadTemplateSources, readDraftInput } from '../templateFiles';
import { writeOutput } from '../writeOutput';
import { provenanceLines, provenanceText } from '../../core/catalog/provenance';

const USAGE = 'kh draft --data FORM.yaml [--parent KẾ_HOẠCH] [--sections a,b,…] -o RA.docx';

/** `kh draft`: a new plan (or the chosen sections) from the templates, its parent link stored in the .docx. */
export const draft: Command = async (args, io) => {
  const { positional, flags } = parseArgs(args, { booleans: [], values: ['parent', 'data', 'sections', 'out', 'templates'], short: { '-o': 'out' } });
  if (positional.length || typeof flags.data !== 'string' || typeof flags.out !== 'string') {
    throw new KhInputError('kh draft', `cần --data và -o: ${USAGE}`, {}, `usage: ${USAGE}`, 'usage');
  }
  if (!/\.docx$/i.test(flags.out)) throw new KhInputError(flags.out, 'tệp ra phải có đuôi .docx', {}, 'the output must be a .docx', 'usage');
  const sections = typeof flags.sections === 'string' ? parseSectionList(flags.sections) : undefined;
  const templatesDir = typeof flags.templates === 'string' ? flags.templates : TEMPLATES_DIR;
  if (!existsSync(join(templatesDir, 'sections'))) throw new KhInputError(templatesDir, 'không có thư mục sections/ chứa mẫu .hbs ở đây', {}, 'no sections/ folder here', 'templates-folder-missing');
  const { set, errors } = compileTemplateSet(loadTemplateSources(templatesDir, io.cwd));
  throwIfAny(errors);
  const store = diskStore(templatesDir, io.cwd);
  const { parsed, given } = await readDraftInput(flags.data, typeof flags.parent === 'string' ? flags.parent : null, templatesDir, store);
  const { blocks, ctx, parentLink, parent } = draftParsed(parsed, { set, store, parent: given ?? undefined, sections });
  const bytes = blocksToDocx(blocks, { parentLink, title: ctx.title });
  await writeOutput(flags.out, bytes);
  io.out(`Đã soạn ${flags.out}: ${blocks.length} khối, ${ctx.tasks.length} nhiệm vụ, kế hoạch cấp trên ${ctx.parent.number}.`);
  // What of the parent this plan leaves out, for the reviewer (also kept in the document's parent link).
  for (const l of ctx.leftOut) {
    const what = l.kind === 'task' ? `nhiệm vụ ${l.code}` : `chỉ tiêu ${l.code}`;
    io.out(`  ${l.into ? `gộp vào nhiệm vụ ${l.into}` : 'không áp dụng'}: ${what} (${l.title.slice(0, 60)}…): ${l.reason}`);
  }
  io.out(`  hạn báo cáo: ${ctx.reporting.text} (${ctx.reporting.reason})`);
  // What of the parent nobody read from its document: the secretary checks these before signing.
  const unsure = provenanceLines(parent).filter((l) => l.source !== 'document');
  if (unsure.length) {
    io.out(`  Kế hoạch cấp trên ${parent.number}: ${unsure.length} giá trị không đọc từ văn bản gốc, cần đối chiếu:`);
    for (const l of unsure) io.out(`    ${provenanceText(l)}`);
  }
  return 0;
};
