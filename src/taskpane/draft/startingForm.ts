import { parse } from 'yaml';
import type { ParentPlan } from '../../core/plan/parentPlan';
import type { DraftForm } from '../../core/templates/draftForm';
import vpUbndLaiChau from '../../../examples/vp-ubnd-lai-chau.yaml?raw';
import xaDongViet from '../../../examples/xa-dong-viet.yaml?raw';

/** The shipped example forms, the pane's starting point for their parents. */
export const EXAMPLE_FORMS: DraftForm[] = [xaDongViet, vpUbndLaiChau].map((text) => parse(text) as DraftForm);

/**
 * The form the pane opens with for a parent: the example written for it, or the first example
 * re-aimed at that parent, its tasks taken from the parent with the lead left to fill.
 */
export function startingForm(parent: ParentPlan, fromCatalog: boolean): DraftForm {
  const own = EXAMPLE_FORMS.find((f) => f.parent === parent.id);
  if (own) return structuredClone(own);
  const base = structuredClone(EXAMPLE_FORMS[0]);
  const tasks: DraftForm['tasks'] = {};
  for (const task of parent.tasks.filter((t) => !t.code.includes('.'))) tasks[task.code] = { lead: '', cooperating: [], timing: task.timing ?? '' };
  return { ...base, parent: fromCatalog ? parent.id : null, tasks, targets: {} };
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

/** Labels (dictionary keys) of the required fields left empty, in form order. */
export function missingFields(form: DraftForm): string[] {
  const missing: string[] = [];
  if (!form.unit.issuer.trim()) missing.push('issuer');
  if (!form.unit.name.trim()) missing.push('unitName');
  if (!form.unit.place.trim()) missing.push('place');
  if (!form.unit.area.trim()) missing.push('area');
  if (!form.unit.symbol.trim()) missing.push('symbol');
  if (!form.date.trim()) missing.push('date');
  if (!form.title.trim()) missing.push('title');
  if (!form.signer.title.trim()) missing.push('signerTitle');
  if (!form.signer.name.trim()) missing.push('signerName');
  for (const [code, task] of Object.entries(form.tasks)) {
    // A task left out at this level or merged into another has no lead or timing of its own.
    if (task.applies === false || task.mergedInto) continue;
    if (!task.lead) missing.push(`lead:${code}`);
    if (!task.timing?.trim()) missing.push(`timing:${code}`);
  }
  return missing;
}
