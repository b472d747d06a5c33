/**
 * The section templates on disk, for the CLI, and a form read and checked against the catalog on
 * disk (`catalogFiles.ts`), ready for the one drafting pipeline (core/templates/draftPlan.ts).
 */
import { join, relative, sep } from 'node:path';
import type { TemplateSource } from '../core/templates/compileTemplates';
import { catalogPlan } from '../core/catalog/store';
import { parseDraftForm, type ParsedForm } from '../core/templates/draftForm';
import type { GivenParent } from '../core/templates/prepareDraft';
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

/**
 * The form file read and checked, and the parent `--parent` names (a catalog id, a plan file or a
 * parent document), which wins over the form's `parent:`.
 */
export async function readDraftInput(formFile: string, parentArg: string | null, templatesDir = TEMPLATES_DIR, store = diskStore(templatesDir)): Promise<{ parsed: ParsedForm; given: GivenParent | null }> {
  const parsed = parseDraftForm(readText(formFile, 'tệp dữ liệu (form)'), formFile);
  let given: GivenParent | null = null;
  if (parentArg) {
    if (/^[a-z0-9-]+$/.test(parentArg) && store.plan(parentArg)) {
      given = { plan: catalogPlan(store, parentArg, { file: 'kh draft' }), fromCatalog: true };
    } else {
      const plan = await loadParentFile(parentArg);
      const inCatalog = relative(join(templatesDir, 'plans'), parentArg) === `${plan.id}.yaml`;
      given = { plan, fromCatalog: inCatalog };
    }
  }
  return { parsed, given };
}
