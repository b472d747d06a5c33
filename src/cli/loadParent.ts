import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { KhInputError } from '../core/errors';
import type { ParentPlan } from '../core/plan/parentPlan';
import type { DocumentSnapshot } from '../core/snapshot';
import { parentFromDocument } from '../core/plan/toParentPlan';
import { parseParentPlan } from '../core/catalog/parentPlanFile';
import { parentFromLink } from '../core/catalog/store';
import { diskStore } from './catalogFiles';
import { loadDocument } from './loadDocument';

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
    return parseParentPlan(text, path);
  }
  return parentFromDocument(await loadDocument(path), path);
}

/**
 * The parent to check against: `--parent` wins; otherwise the link stored in the document,
 * resolved through the catalog when it names a catalog id, or taken as it is.
 */
export async function loadParentFor(snapshot: DocumentSnapshot, parentArg: string | null): Promise<ParentPlan | null> {
  if (parentArg) return loadParentFile(parentArg);
  return parentFromLink(snapshot.parentLink ?? null, diskStore());
}
