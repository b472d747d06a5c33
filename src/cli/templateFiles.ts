/**
 * The templates folder on disk, for the CLI: section templates, the parent-plan catalog, unit
 * registries; and a form resolved against them into what the renderer needs.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { KhInputError } from '../core/errors';
import type { ParentPlan } from '../core/plan/parentPlan';
import type { ParentLink } from '../core/snapshot';
import type { TemplateSource } from '../core/templates/compileTemplates';
import { buildDraftContext, type DraftContext } from '../core/templates/draftContext';
import { parseDraftForm } from '../core/templates/draftForm';
import { parseParentPlan } from '../core/templates/parentPlanFile';
import { parseUnitRegistry, type UnitRegistry } from '../core/templates/unitRegistry';
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

/** A plan of the catalog by id; `from` says where the id was written, for the error. */
export function loadCatalogPlan(id: string, templatesDir: string, from: { file: string; line?: number; column?: number }): ParentPlan {
  const path = join(templatesDir, 'plans', `${id}.yaml`);
  if (!existsSync(path)) {
    const known = listYaml(join(templatesDir, 'plans')).map((p) => p.split(sep).pop()!.replace(/\.yaml$/, ''));
    throw new KhInputError(from.file, `không có kế hoạch "${id}" trong danh mục ${relative(process.cwd(), join(templatesDir, 'plans')) || 'templates/plans'}; có: ${known.join(', ') || '(trống)'}`, { line: from.line, column: from.column }, `no plan "${id}" in the catalog`);
  }
  return parseParentPlan(readText(path, 'tệp kế hoạch'), relative(process.cwd(), path) || path);
}

/** The parent's own parents through the catalog, root first; stops at a loop or a missing id. */
export function loadAncestors(plan: ParentPlan, templatesDir: string): ParentPlan[] {
  const chain: ParentPlan[] = [];
  const seen = new Set([plan.id]);
  let current = plan;
  while (current.parent && !seen.has(current.parent)) {
    seen.add(current.parent);
    const next = loadCatalogPlan(current.parent, templatesDir, { file: `${join(templatesDir, 'plans', current.id)}.yaml` });
    chain.unshift(next);
    current = next;
  }
  return chain;
}

export function loadRegistry(level: string, templatesDir: string, from: { file: string; line?: number; column?: number }): UnitRegistry {
  const path = join(templatesDir, 'units', `${level}.yaml`);
  if (!existsSync(path)) {
    const known = listYaml(join(templatesDir, 'units')).map((p) => p.split(sep).pop()!.replace(/\.yaml$/, ''));
    throw new KhInputError(from.file, `không có danh mục đơn vị "${level}" (templates/units/${level}.yaml); có: ${known.join(', ')}`, { line: from.line, column: from.column }, `no unit registry "${level}"`);
  }
  return parseUnitRegistry(readText(path, 'danh mục đơn vị'), relative(process.cwd(), path) || path);
}

export interface PreparedDraft {
  ctx: DraftContext;
  parent: ParentPlan;
  parentLink: ParentLink;
}

export function parentLinkOf(parent: ParentPlan, fromCatalog: boolean): ParentLink {
  return {
    ...(fromCatalog ? { id: parent.id } : {}),
    kind: parent.kind,
    number: parent.number,
    date: parent.date || null,
    issuer: parent.issuerShort ?? parent.issuer,
    title: parent.title,
  };
}

/** A form read, its parent found (`--parent` wins over the form's `parent:`), everything resolved. */
export async function prepareDraft(formFile: string, parentArg: string | null, templatesDir = TEMPLATES_DIR): Promise<PreparedDraft> {
  return prepareDraftFromText(readText(formFile, 'tệp dữ liệu (form)'), formFile, parentArg, templatesDir);
}

export async function prepareDraftFromText(text: string, formFile: string, parentArg: string | null, templatesDir = TEMPLATES_DIR): Promise<PreparedDraft> {
  const parsed = parseDraftForm(text, formFile);
  const { form, source } = parsed;
  let parent: ParentPlan;
  let fromCatalog = false;
  if (parentArg) {
    // A catalog id or a path to a plan file / parent document.
    if (/^[a-z0-9-]+$/.test(parentArg) && existsSync(join(templatesDir, 'plans', `${parentArg}.yaml`))) {
      parent = loadCatalogPlan(parentArg, templatesDir, { file: 'kh draft' });
      fromCatalog = true;
    } else {
      parent = await loadParentFile(parentArg);
      fromCatalog = existsSync(join(templatesDir, 'plans', `${parent.id}.yaml`)) && relative(join(templatesDir, 'plans'), parentArg) === `${parent.id}.yaml`;
    }
  } else if (form.parent) {
    parent = loadCatalogPlan(form.parent, templatesDir, { file: formFile, ...source.placeOf(['parent']) });
    fromCatalog = true;
  } else {
    throw new KhInputError(formFile, 'chưa biết kế hoạch cấp trên: ghi "parent: <mã trong templates/plans>" trong form hoặc dùng --parent', { line: 1, column: 1 }, 'no parent plan: set "parent:" or use --parent');
  }
  const ancestors = loadAncestors(parent, templatesDir);
  const registry = loadRegistry(form.units, templatesDir, { file: formFile, ...source.placeOf(['units']) });
  const ctx = buildDraftContext(parsed, parent, ancestors, registry);
  return { ctx, parent, parentLink: parentLinkOf(parent, fromCatalog) };
}
