import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from '../args';
import type { Command } from '../io';
import { KhInputError, flattenInputErrors } from '../../core/errors';
import { checkPlan } from '../../core/checks/engine';
import { blocksToDocx } from '../../core/ooxml/writeDocx';
import { readDocx } from '../../core/ooxml/readDocx';
import { readPlan } from '../../core/plan/readPlan';
import { compileTemplateSet } from '../../core/templates/compileTemplates';
import { parseParentPlan } from '../../core/catalog/parentPlanFile';
import { valuesWithoutProvenance } from '../../core/catalog/provenance';
import { renderTemplate, templateFor, TEMPLATE_SECTIONS } from '../../core/templates/renderPlan';
import { parseUnitRegistry } from '../../core/catalog/unitRegistry';
import { readNames } from '../../core/catalog/namesFile';
import { parseBodies } from '../../core/catalog/bodiesFile';
import { draftParsed } from '../../core/templates/draftPlan';
import { prepareDraft } from '../../core/templates/prepareDraft';
import { parseFormDeclaration } from '../../core/templates/formDeclaration';
import { diskStore, listYaml, TEMPLATES_DIR } from '../catalogFiles';
import { loadTemplateSources, readDraftInput } from '../templateFiles';

const USAGE = 'kh templates lint [THƯ_MỤC]';

/**
 * `kh templates lint [DIR]`: every template compiled, every plan and unit file and the catalog of
 * bodies read, every sample form (DIR/samples/*.yaml) drafted and the draft run through the checker. All errors at
 * once as `file:line:column: message`; exit 1 when there is any.
 */
export const templates: Command = async (args, io) => {
  const [sub, ...rest] = args;
  if (sub !== 'lint') throw new KhInputError('kh templates', `chỉ có lệnh con "lint": ${USAGE}`, {}, `usage: ${USAGE}`, 'usage');
  const { positional } = parseArgs(rest, { booleans: [], values: [] });
  if (positional.length > 1) throw new KhInputError('kh templates lint', `nhiều nhất một thư mục: ${USAGE}`, {}, `usage: ${USAGE}`, 'usage');
  const dir = positional[0] ? resolve(io.cwd, positional[0]) : TEMPLATES_DIR;
  if (!existsSync(join(dir, 'sections'))) throw new KhInputError(positional[0] ?? dir, 'không có thư mục sections/ chứa mẫu .hbs ở đây', {}, 'no sections/ folder here', 'templates-folder-missing');
  const rel = (p: string) => relative(io.cwd, p) || p;

  const errors: KhInputError[] = [];
  const warnings: string[] = [];
  const collect = (e: unknown) => {
    if (e instanceof KhInputError) errors.push(...flattenInputErrors(e));
    else throw e;
  };

  const sources = loadTemplateSources(dir, io.cwd);
  const { set, errors: compileErrors } = compileTemplateSet(sources);
  errors.push(...compileErrors);

  const planFiles = listYaml(join(dir, 'plans'));
  const planIds = new Set(planFiles.map((f) => f.split(/[\\/]/).pop()!.replace(/\.yaml$/, '')));
  for (const file of planFiles) {
    try {
      const plan = parseParentPlan(await readFile(file, 'utf8'), rel(file));
      // A value nobody vouched for: read from the document, or assumed and why (provenance.ts).
      const bare = valuesWithoutProvenance(plan);
      if (bare.length) warnings.push(`${rel(file)}: ${bare.length} giá trị chưa ghi nguồn trong provenance (từ văn bản, giả định hay chưa đọc được): ${bare.slice(0, 5).join(', ')}${bare.length > 5 ? ', …' : ''}`);
      if (plan.parent && !planIds.has(plan.parent)) errors.push(new KhInputError(rel(file), `kế hoạch cấp trên "${plan.parent}" không có trong danh mục`, {}, `parent "${plan.parent}" not in the catalog`, 'catalog-plan-unknown'));
    } catch (e) {
      collect(e);
    }
  }
  const levels = new Set<string>();
  for (const file of listYaml(join(dir, 'units'))) {
    try {
      levels.add(parseUnitRegistry(await readFile(file, 'utf8'), rel(file)).level);
    } catch (e) {
      collect(e);
    }
  }

  // The catalog of public bodies the reader and the rules recognise units by.
  const bodiesFile = join(dir, 'catalog', 'bodies.yaml');
  if (existsSync(bodiesFile)) {
    try {
      parseBodies(await readFile(bodiesFile, 'utf8'), rel(bodiesFile));
    } catch (e) {
      collect(e);
    }
  }

  // The official names the official-name rule knows.
  const namesFile = join(dir, 'catalog', 'names.yaml');
  if (existsSync(namesFile)) {
    try {
      readNames(await readFile(namesFile, 'utf8'), rel(namesFile));
    } catch (e) {
      collect(e);
    }
  }

  // The pane's drafting form (templates/form.yaml): a mistake there would leave the form without its fields.
  const formFile = join(dir, 'form.yaml');
  if (existsSync(formFile)) {
    try {
      parseFormDeclaration(await readFile(formFile, 'utf8'), rel(formFile));
    } catch (e) {
      collect(e);
    }
  }

  const samples = listYaml(join(dir, 'samples'));
  if (samples.length === 0) warnings.push(`${rel(join(dir, 'samples'))}: chưa có dữ liệu mẫu nào, nên các mẫu chưa được điền thử`);
  const rendered = new Set<string>();
  let checked = 0;
  // Templates with errors are left out of the set: samples are still read, not rendered.
  const renderable = compileErrors.length === 0;
  // One store for every sample: each plan and unit file is read once.
  const store = diskStore(dir, io.cwd);
  for (const sample of samples) {
    try {
      const { parsed } = await readDraftInput(sample, null, dir, store);
      if (!renderable) {
        prepareDraft(parsed, store);
        continue;
      }
      const { ctx, parent, parentLink, blocks } = draftParsed(parsed, { set, store });
      for (const s of TEMPLATE_SECTIONS) {
        const name = templateFor(set, ctx.level, s);
        if (name) rendered.add(name);
        // The common version a level overrides is still filled in, for levels that have none.
        if (name !== s && set[s]) {
          renderTemplate(set, s, ctx);
          rendered.add(s);
        }
      }
      const snapshot = readDocx(blocksToDocx(blocks, { parentLink }), rel(sample));
      const findings = checkPlan({ snapshot, plan: readPlan(snapshot), parent });
      checked++;
      for (const f of findings) {
        const line = `${rel(sample)}: bản soạn thử, đoạn ${f.location.paragraph}: ${f.rule}: ${f.message}`;
        if (f.severity === 'error') errors.push(new KhInputError(rel(sample), `bản soạn thử có lỗi ${f.rule} ở đoạn ${f.location.paragraph}: ${f.message}`, {}, f.messageEn, 'sample-draft-error'));
        else if (f.severity === 'warning') warnings.push(line);
      }
    } catch (e) {
      collect(e);
    }
  }
  if (renderable) {
    for (const s of sources) if (!rendered.has(s.name)) warnings.push(`${s.file}: không dữ liệu mẫu nào dùng tới mẫu này (thêm một tệp samples/ cho cấp "${s.name.split('/')[0]}")`);
  }

  // A broken plan is met again by every sample that cites it: say it once.
  const lines = [...new Set(errors.map((e) => e.describe()))];
  for (const line of lines) io.err(line);
  for (const w of warnings) io.err(`cảnh báo: ${w}`);
  const summary = `${sources.length} mẫu, ${planFiles.length} kế hoạch, ${levels.size} danh mục đơn vị, ${checked}/${samples.length} bản soạn thử qua kiểm tra: ${lines.length} lỗi, ${warnings.length} cảnh báo.`;
  io.out(summary);
  return lines.length ? 1 : 0;
};
