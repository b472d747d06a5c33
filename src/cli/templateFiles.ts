/**
 * The templates folder on disk, for the CLI: section templates, and a TemplateStore over the
 * parent-plan catalog and unit registries so a form is resolved as in the pane.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { KhInputError } from '../core/errors';
import type { TemplateSource } from '../core/templates/compileTemplates';
import { catalogPlan, type TemplateStore } from '../core/catalog/store';
import { prepareDraftFromText, type PreparedDraft } from '../core/templates/prepareDraft';
import { CATALOG_DIR, loadParentFile } from './loadParent';

/** `templates/` beside the code (the parent of the plan catalog). */
export const TEMPLATES_DIR = dirname(CATALOG_DIR);

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new KhInputError(path, `không tìm thấy hoặc không đọc được ${what}`, {}, `cannot read ${what}`);
  }
}

function walk(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path, ext));
    else if (name.endsWith(ext)) out.push(path);
  }
  return out;
}

/** Every `sections/**\/*.hbs`, named by its path under sections/ (`tasks`, `xa/budget`). */
export function loadTemplateSources(templatesDir = TEMPLATES_DIR, cwd = process.cwd()): TemplateSource[] {
  const sections = join(templatesDir, 'sections');
  return walk(sections, '.hbs').map((path) => ({
    name: relative(sections, path).split(sep).join('/').replace(/\.hbs$/, ''),
    file: relative(cwd, path) || path,
    text: readText(path, 'mẫu'),
  }));
}

export function listYaml(dir: string): string[] {
  return walk(dir, '.yaml');
}

const idsIn = (dir: string) => listYaml(dir).map((p) => p.split(sep).pop()!.replace(/\.yaml$/, ''));

/** Plans and unit registries read from `templatesDir` on demand, each file once. */
export function diskStore(templatesDir = TEMPLATES_DIR, cwd = process.cwd()): TemplateStore {
  const read = new Map<string, { text: string; file: string } | null>();
  const at = (sub: string, id: string) => {
    const path = join(templatesDir, sub, `${id}.yaml`);
    if (!read.has(path)) read.set(path, existsSync(path) ? { text: readText(path, sub === 'plans' ? 'tệp kế hoạch' : 'danh mục đơn vị'), file: relative(cwd, path) || path } : null);
    return read.get(path)!;
  };
  return {
    plan: (id) => at('plans', id),
    units: (level) => at('units', level),
    planIds: () => idsIn(join(templatesDir, 'plans')),
    unitLevels: () => idsIn(join(templatesDir, 'units')),
  };
}

/** A form read and resolved; `--parent` (a catalog id, a plan file or a parent document) wins over the form's `parent:`. */
export async function prepareDraft(formFile: string, parentArg: string | null, templatesDir = TEMPLATES_DIR, store = diskStore(templatesDir)): Promise<PreparedDraft> {
  const text = readText(formFile, 'tệp dữ liệu (form)');
  let given = null;
  if (parentArg) {
    if (/^[a-z0-9-]+$/.test(parentArg) && store.plan(parentArg)) {
      given = { plan: catalogPlan(store, parentArg, { file: 'kh draft' }), fromCatalog: true };
    } else {
      const plan = await loadParentFile(parentArg);
      const inCatalog = relative(join(templatesDir, 'plans'), parentArg) === `${plan.id}.yaml`;
      given = { plan, fromCatalog: inCatalog };
    }
  }
  return prepareDraftFromText(text, formFile, store, given);
}
