import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from '../args';
import type { Command } from '../io';
import { KhInputError, flattenInputErrors, throwIfAny } from '../../core/errors';
import { compileTemplateSet, precompileTemplate } from '../../core/templates/compileTemplates';
import { CATALOG_FORMAT, checkPublished, type CatalogIndex } from '../../core/templates/publishedCatalog';
import { listYaml } from '../catalogFiles';
import { loadTemplateSources } from '../templateFiles';

const USAGE = 'kh catalog build THƯ_MỤC --publisher "Tên cơ quan" -o THƯ_MỤC_RA';

/**
 * `kh catalog build DIR -o OUT`: a templates folder (plans/, units/, sections/) as the static files
 * an organisation publishes on the add-in's origin (OUT is served as `/catalog/`): `index.json`,
 * the plan and unit files, and the section templates precompiled into `templates.js`. Everything is
 * read and compiled first; nothing is written when any file has an error.
 */
export const catalog: Command = async (args, io) => {
  const [sub, ...rest] = args;
  if (sub !== 'build') throw new KhInputError('kh catalog', `chỉ có lệnh con "build": ${USAGE}`, {}, `usage: ${USAGE}`, 'usage');
  const { positional, flags } = parseArgs(rest, { booleans: [], values: ['out', 'publisher'], short: { '-o': 'out' } });
  if (positional.length !== 1 || typeof flags.out !== 'string' || typeof flags.publisher !== 'string' || !flags.publisher.trim()) {
    throw new KhInputError('kh catalog build', `cần một thư mục, --publisher và -o: ${USAGE}`, {}, `usage: ${USAGE}`, 'usage');
  }
  const dir = resolve(io.cwd, positional[0]);
  const out = resolve(io.cwd, flags.out);
  if (!existsSync(join(dir, 'plans'))) throw new KhInputError(positional[0], 'không có thư mục plans/ chứa kế hoạch cấp trên ở đây', {}, 'no plans/ folder here', 'templates-folder-missing');

  const files: Record<string, string> = {};
  const entries = async (sub: 'plans' | 'units') => {
    const map: Record<string, string> = {};
    for (const path of listYaml(join(dir, sub))) {
      const id = relative(join(dir, sub), path).split(/[\\/]/).join('/').replace(/\.yaml$/, '');
      map[id] = `${sub}/${id}.yaml`;
      files[map[id]] = await readFile(path, 'utf8');
    }
    return map;
  };
  const sources = loadTemplateSources(dir, io.cwd);
  const { errors: compileErrors } = compileTemplateSet(sources);
  const index: CatalogIndex = {
    format: CATALOG_FORMAT,
    publisher: flags.publisher.trim(),
    built: new Date().toISOString().slice(0, 10),
    plans: await entries('plans'),
    units: await entries('units'),
    templates: sources.length ? 'templates.js' : null,
  };
  const indexText = `${JSON.stringify(index, null, 2)}\n`;
  // The same check the pane makes on what it fetches, so a catalog that builds is one it will use.
  const { errors } = checkPublished({ indexFile: 'index.json', indexText, files });
  const all = [...compileErrors, ...errors.flatMap(flattenInputErrors)];
  throwIfAny(all.map((e) => (e.file.startsWith('index.json') || e.file.startsWith('plans/') || e.file.startsWith('units/') ? new KhInputError(relative(io.cwd, join(dir, e.file)) || e.file, e.message, e.place, e.messageEn, e.id) : e)));

  const write = async (path: string, text: string) => {
    await mkdir(dirname(join(out, path)), { recursive: true });
    await writeFile(join(out, path), text);
  };
  for (const [path, text] of Object.entries(files)) await write(path, text);
  if (sources.length) {
    // A script module the pane imports from its own origin: the Handlebars runtime renders it, no eval.
    const specs = sources.map((src) => `  ${JSON.stringify(src.name)}: { file: ${JSON.stringify(`sections/${src.name}.hbs`)}, spec: ${precompileTemplate(src)} },`);
    await write('templates.js', `// Soạn KH catalog templates, written by kh catalog build; do not edit.\nexport default {\n${specs.join('\n')}\n};\n`);
  }
  await write('index.json', indexText);
  io.out(`Đã ghi danh mục của ${index.publisher} vào ${relative(io.cwd, out) || out}: ${Object.keys(index.plans).length} kế hoạch, ${Object.keys(index.units).length} danh mục đơn vị, ${sources.length} mẫu. Đặt thư mục này ở /catalog/ trên máy chủ của add-in.`);
  return 0;
};
