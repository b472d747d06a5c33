import { parse } from 'yaml';
import type { ParentPlan } from '../../core/plan/parentPlan';
import type { DraftForm } from '../../core/templates/draftForm';
import { topTasks } from '../../core/templates/fitToUnit';
import vpUbndLaiChau from '../../../examples/vp-ubnd-lai-chau.yaml?raw';
import xaDongViet from '../../../examples/xa-dong-viet.yaml?raw';

/** The shipped example forms, the pane's starting point for their parents. */
export const EXAMPLE_FORMS: DraftForm[] = [xaDongViet, vpUbndLaiChau].map((text) => parse(text) as DraftForm);

/**
 * The form the pane opens with for a parent: the example written for it, or the first example
 * re-aimed at that parent: each of the parent's first-level tasks applies with the lead left to
 * choose (a sub-task such as "2.a" comes with its task, never as a task of its own), except those
 * the parent's data leaves out at the example's level; no own tasks, the parent's targets.
 */
export function startingForm(parent: ParentPlan, fromCatalog: boolean): DraftForm {
  const own = EXAMPLE_FORMS.find((f) => f.parent === parent.id);
  if (own) return structuredClone(own);
  const base = structuredClone(EXAMPLE_FORMS[0]);
  const tasks: DraftForm['tasks'] = {};
  for (const task of topTasks(parent)) if (task.levels?.[base.units]?.applies !== false) tasks[task.code] = task.timing ? { timing: task.timing } : {};
  // The example's own reporting body and channel are its parent's; the new parent's stand until the secretary says otherwise.
  return { ...base, parent: fromCatalog ? parent.id : null, tasks, ownTasks: null, targets: {}, period: null, reporting: {} };
}

/** What the secretary types once for the unit and the pane remembers (localStorage). */
export interface UnitProfile {
  units: string;
  unit: DraftForm['unit'];
  signer: DraftForm['signer'];
}

export const PROFILE_KEY = 'soanKh.profile.v1';

export function loadProfile(storage: Storage | undefined): UnitProfile | null {
  try {
    const raw = storage?.getItem(PROFILE_KEY);
    return raw ? (JSON.parse(raw) as UnitProfile) : null;
  } catch {
    return null;
  }
}

export function saveProfile(storage: Storage | undefined, profile: UnitProfile): void {
  storage?.setItem(PROFILE_KEY, JSON.stringify(profile));
}

