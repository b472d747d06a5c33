/**
 * The templates folder on disk, for the CLI: a TemplateStore over the parent-plan catalog and
 * unit registries, read as the pane reads the built-in ones.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KhInputError } from '../core/errors';
import { isCatalogId } from '../core/snapshot';
import { withShippedPlans } from '../core/catalog/preParsed';
import type { TemplateStore } from '../core/catalog/store';

/** `templates/` beside the code, wherever `kh` is run from. */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates', import.meta.url));

/** Where the shipped parent plans live. */
export const CATALOG_DIR = join(TEMPLATES_DIR, 'plans');

export function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new KhInputError(path, `không tìm thấy hoặc không đọc được ${what}`, {}, `cannot read ${what}`, 'file-unreadable');
  }
}

export function walk(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path, ext));
    else if (name.endsWith(ext)) out.push(path);
  }
  return out;
}

export function listYaml(dir: string): string[] {
  return walk(dir, '.yaml');
}

const idsIn = (dir: string) => listYaml(dir).map((p) => p.split(sep).pop()!.replace(/\.yaml$/, ''));

/** Plans and unit registries read from `templatesDir` on demand, each file once; a shipped plan unchanged is not parsed again. */
export function diskStore(templatesDir = TEMPLATES_DIR, cwd = process.cwd()): TemplateStore {
  const read = new Map<string, { text: string; file: string } | null>();
  const at = (sub: string, id: string) => {
    // An id is a file name in the catalog, never a path to somewhere else on disk.
    if (!isCatalogId(id)) return null;
    const path = join(templatesDir, sub, `${id}.yaml`);
    if (!read.has(path)) read.set(path, existsSync(path) ? { text: readText(path, sub === 'plans' ? 'tệp kế hoạch' : 'danh mục đơn vị'), file: relative(cwd, path) || path } : null);
    return read.get(path)!;
  };
  return withShippedPlans({
    plan: (id) => at('plans', id),
    units: (level) => at('units', level),
    planIds: () => idsIn(join(templatesDir, 'plans')),
    unitLevels: () => idsIn(join(templatesDir, 'units')),
  });
}

