import { knownParentOf } from '../../core/checks/support/citations';
import type { ParentPlan } from '../../core/plan/parentPlan';
import { readPlan } from '../../core/plan/readPlan';
import type { DocumentHost } from '../../hosts/host';

/**
 * The catalog plan the document is linked to or cites, offered first on both the drafting and the
 * parent tab; null when it names none the pane knows or cannot be read (the tab then says why itself).
 */
export async function documentParent(host: DocumentHost, catalog: ParentPlan[]): Promise<ParentPlan | null> {
  try {
    const snapshot = await host.readSnapshot();
    const link = snapshot.parentLink ?? (await host.readParentLink());
    return knownParentOf(readPlan(snapshot), link, catalog);
  } catch {
    return null;
  }
}
