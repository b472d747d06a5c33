/**
 * The section templates on disk, for the CLI, and a form resolved against the catalog on disk
 * (`catalogFiles.ts`) as in the pane.
 */
import { join, relative, sep } from 'node:path';
import type { TemplateSource } from '../core/templates/compileTemplates';
import { catalogPlan } from '../core/catalog/store';
import { prepareDraftFromText, type PreparedDraft } from '../core/templates/prepareDraft';
import { diskStore, readText, TEMPLATES_DIR, walk } from './catalogFiles';
import { loadParentFile } from './loadParent';

/** Every `sections/**\/*.hbs`, named by its path under sections/ (`tasks`, `xa/budget`). */
export function loadTemplateSources(templatesDir = TEMPLATES_DIR, cwd = process.cwd()): TemplateSource[] {
  const sections = join(templatesDir, 'sections');
  return walk(sections, '.hbs').map((path) => ({
    name: relative(sections, path).split(sep).join('/').replace(/\.hbs$/, ''),
    file: relative(cwd, path) || path,
    text: readText(path, 'mẫu'),
  }));
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
