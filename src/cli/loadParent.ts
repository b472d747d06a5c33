import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { KhInputError } from '../core/errors';
import type { ParentPlan } from '../core/plan/parentPlan';
import type { DocumentSnapshot } from '../core/snapshot';
import { diskStore } from './catalogFiles';
import { loadDocument } from './loadDocument';

// The YAML parser and what reads a parent with it (a third of the CLI's code, 20 ms to load) are
// imported when a parent has to be read, not for a document linked to a shipped plan.

/** A parent plan from a `.yaml` plan file, or read from a parent `.docx`/`.txt`. */
export async function loadParentFile(path: string): Promise<ParentPlan> {
  const ext = extname(path).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      throw new KhInputError(path, 'không tìm thấy hoặc không đọc được tệp kế hoạch cấp trên', {}, 'parent plan file not found or unreadable', 'file-unreadable');
    }
    const { parseParentPlan } = await import('../core/catalog/parentPlanFile');
    return parseParentPlan(text, path);
  }
  const snapshot = await loadDocument(path);
  const { parentFromDocument } = await import('../core/plan/toParentPlan');
  return parentFromDocument(snapshot, path);
}

/**
 * The parent to check against: `--parent` wins; otherwise the link stored in the document,
 * resolved through the catalog when it names a catalog id, or taken as it is.
 */
export async function loadParentFor(snapshot: DocumentSnapshot, parentArg: string | null): Promise<ParentPlan | null> {
  if (parentArg) return loadParentFile(parentArg);
  const link = snapshot.parentLink ?? null;
  const store = diskStore();
  // What parentFromLink would return for a shipped plan whose file is unchanged, without its parser.
  const shipped = link?.id ? store.plan(link.id)?.parsed : undefined;
  if (shipped) return shipped;
  const { parentFromLink } = await import('../core/catalog/store');
  return parentFromLink(link, store);
}
