import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KhInputError } from '../core/errors';
import type { ParentPlan } from '../core/plan/parentPlan';
import type { DocumentSnapshot } from '../core/snapshot';
import { readPlan } from '../core/plan/readPlan';
import { planToParent } from '../core/plan/toParentPlan';
import { parseParentPlan } from '../core/catalog/parentPlanFile';
import { loadDocument } from './loadDocument';

/** Where the shipped parent plans live: beside the code, wherever `kh` is run from. */
export const CATALOG_DIR = fileURLToPath(new URL('../../templates/plans', import.meta.url));

/** A parent plan from a `.yaml` plan file, or read from a parent `.docx`/`.txt`. */
export async function loadParentFile(path: string): Promise<ParentPlan> {
  const ext = extname(path).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      throw new KhInputError(path, 'không tìm thấy hoặc không đọc được tệp kế hoạch cấp trên', {}, 'parent plan file not found or unreadable');
    }
    return parseParentPlan(text, path);
  }
  const snapshot = await loadDocument(path);
  return planToParent(readPlan(snapshot), basename(path, ext));
}

/**
 * The parent to check against: `--parent` wins; otherwise the link stored in the document,
 * resolved through the catalog when it names a catalog id, or taken as it is.
 */
export async function loadParentFor(snapshot: DocumentSnapshot, parentArg: string | null): Promise<ParentPlan | null> {
  if (parentArg) return loadParentFile(parentArg);
  const link = snapshot.parentLink;
  if (!link) return null;
  if (link.id) {
    const file = join(CATALOG_DIR, `${link.id}.yaml`);
    if (existsSync(file)) return loadParentFile(file);
  }
  return {
    id: link.id ?? link.number,
    kind: link.kind,
    number: link.number,
    date: link.date ?? '',
    issuer: link.issuer,
    title: link.title ?? '',
    targets: [],
    tasks: [],
  };
}
