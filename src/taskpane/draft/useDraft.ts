import { useEffect, useMemo, useRef, useState } from 'react';
import type { Block } from '../../core/blocks';
import { KhInputError } from '../../core/errors';
import { readDocx } from '../../core/ooxml/readDocx';
import type { ParentPlan } from '../../core/plan/parentPlan';
import { placeSections, type SectionPlace } from '../../core/plan/placeSection';
import { readPlan } from '../../core/plan/readPlan';
import { parentFromDocument } from '../../core/plan/toParentPlan';
import type { ParentLink } from '../../core/snapshot';
import type { DraftForm } from '../../core/templates/draftForm';
import { useCatalog } from '../catalog/chooseCatalog';
import { draftFromForm, type DraftResult } from '../../core/templates/draftPlan';
import { decisionFor, fieldRequired, missingFields, reportingPreview, targetDecisionFor, targetRows, taskRows, type TargetRow, type TaskChoice, type TaskRow } from '../../core/templates/draftChoices';
import type { LeftOut, OwnTask } from '../../core/templates/fitToUnit';
import { setValueAt, type DeclaredField, type FormDeclaration } from '../../core/templates/formDeclaration';
import { diem } from '../../core/text/pointLetters';
import { SECTION_IDS, type SectionId } from '../../core/templates/renderPlan';
import { readPlainText } from '../../core/text/readPlainText';
import type { DocumentHost } from '../../hosts/host';
import type { Notice } from '../components/Notice';
import { documentParent } from '../parent/documentParent';
import { previewLines } from './previewText';
import { FORM_DECLARATION } from './declaration';
import { loadProfile, saveProfile, startingForm, type UnitProfile } from './startingForm';

export interface ParentChoice {
  plan: ParentPlan;
  /** A catalog plan (its id is stored in the link) rather than one imported from a file. */
  fromCatalog: boolean;
}

/** What an insertion would do, shown to the user before anything changes when there is something to decide. */
export interface InsertProposal {
  blocks: Block[];
  /** The paragraph the cursor is in (null: the host cannot tell, as in Word). */
  cursor: number | null;
  cursorText: string | null;
  paragraphCount: number;
  place: SectionPlace;
  /** The text of the paragraph the sections fit after, to show it. */
  fitText: string | null;
  /** The link the drafted plan carries, and the document's own (null: none). */
  link: ParentLink;
  currentLink: ParentLink | null;
  /** The document is already linked to this very parent: nothing to ask. */
  sameLink: boolean;
}

export interface InsertChoice {
  /** Insert after this paragraph (the place the sections fit), or at the cursor when undefined. */
  after?: number;
  /** Link the document to the drafted plan's parent. */
  link: boolean;
}

export interface UseDraftOptions {
  host: DocumentHost;
  /** Where the unit profile is remembered (localStorage in the pane). */
  storage?: Storage;
  onDocumentChanged?: () => void;
  /** The form's declared fields; templates/form.yaml unless a test or an organisation gives its own. */
  declaration?: FormDeclaration;
}

/**
 * The Soạn thảo logic without the screen: the parent plan (catalog, imported from a file, or the one
 * the document already cites), the form and the unit profile it remembers, the sections, the
 * preview, and an insertion that asks before linking a parent or numbering a section out of order.
 * The drafting form's components read and change everything through what this returns.
 */
export function useDraft({ host, storage, onDocumentChanged, declaration = FORM_DECLARATION }: UseDraftOptions) {
  // The organisation's published catalog when the pane has one (CatalogContext), else the built-in one.
  const { plans: catalog, registries, store, set } = useCatalog();
  const [parent, setParent] = useState<ParentChoice>(() => ({ plan: catalog.find((p) => p.parent) ?? catalog[0], fromCatalog: true }));
  const [form, setForm] = useState<DraftForm>(() => withProfile(startingForm(parent.plan, true), loadProfile(storage)));
  const [sections, setSections] = useState<Set<SectionId>>(new Set(SECTION_IDS));
  const [notice, setNotice] = useState<Notice | null>(null);
  const [showMissing, setShowMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<ParentPlan | null>(null);
  const [preview, setPreview] = useState<{ lines: ReturnType<typeof previewLines>; leftOut: LeftOut[] } | null>(null);
  const [proposal, setProposal] = useState<InsertProposal | null>(null);
  /** Set once the user picks a parent: the document's cited parent no longer replaces it. */
  const chosenByUser = useRef(false);

  /** Changes when the form is replaced (another parent): inputs that keep their own text start again. */
  const [formKey, setFormKey] = useState(0);

  const registry = registries.find((r) => r.level === form.units) ?? registries[0];
  // What to decide and what is missing come from the core, as the draft will be made.
  const rows = useMemo(() => ({ tasks: taskRows(parent.plan, form, registry), targets: targetRows(parent.plan, form, registry) }), [parent.plan, form, registry]);
  const missing = useMemo(() => missingFields(form, declaration, parent.plan, registry), [form, declaration, parent.plan, registry]);
  const reporting = useMemo(() => reportingPreview(parent.plan, form, registry), [parent.plan, form, registry]);

  const chooseParent = (choice: ParentChoice, byUser = true) => {
    if (byUser) chosenByUser.current = true;
    setParent(choice);
    setForm(withProfile(startingForm(choice.plan, choice.fromCatalog), loadProfile(storage)));
    setFormKey((k) => k + 1);
    setShowMissing(false);
    setNotice(null);
    setPreview(null);
    setProposal(null);
  };

  // A published catalog arrives after the first render: its plans are offered unless the user chose already.
  useEffect(() => {
    if (!chosenByUser.current && !catalog.some((p) => p.id === parent.plan.id && p === parent.plan)) {
      const first = catalog.find((p) => p.parent) ?? catalog[0];
      // The catalog comes from the network after the first render: following it is syncing with that system.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      if (first && first !== parent.plan && parent.fromCatalog) chooseParent({ plan: first, fromCatalog: true }, false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the catalog itself changes
  }, [catalog]);

  // The parent the document is linked to or cites, when the catalog has it, is the one offered first.
  useEffect(() => {
    let live = true;
    documentParent(host, catalog).then((known) => {
      if (live && known && !chosenByUser.current) chooseParent({ plan: known, fromCatalog: true }, false);
    });
    return () => void (live = false);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per document: chooseParent is a fresh closure each render
  }, [host, catalog]);

  const update = (change: (f: DraftForm) => void) => {
    setProposal(null);
    // What Preview showed, or why it could not draft, is of the form as it was: gone once the form changes.
    setPreview(null);
    setNotice((n) => (n?.intent === 'error' ? null : n));
    setForm((f) => {
      const next = structuredClone(f);
      change(next);
      saveProfile(storage, { units: next.units, unit: next.unit, signer: next.signer });
      return next;
    });
  };

  const unitChoices = useMemo(() => ({ leads: registry.units.filter((u) => u.canLead), all: registry.units }), [registry]);
  const setAt = (path: string, value: unknown) => update((f) => setValueAt(f as unknown as Record<string, unknown>, path, value));
  const decideTask = (row: TaskRow, choice: TaskChoice) =>
    update((f) => {
      const d = decisionFor(choice, row, f.tasks[row.code], rows.tasks);
      if (d) f.tasks[row.code] = d;
      else delete f.tasks[row.code];
    });
  const setTaskField = (row: TaskRow, path: string, value: unknown) =>
    update((f) => {
      const d = { ...(f.tasks[row.code] ?? {}) } as Record<string, unknown>;
      setValueAt(d, path, value);
      f.tasks[row.code] = d;
    });
  const setTaskReason = (row: TaskRow, reason: string) =>
    update((f) => {
      const d = decisionFor('not-applicable', row, { ...f.tasks[row.code], reason }, rows.tasks);
      if (d) f.tasks[row.code] = reason ? d : { ...d, reason: '' };
      else delete f.tasks[row.code];
    });
  const targetDecision = (f: DraftForm, row: TargetRow) => {
    const raw = f.targets?.[row.id];
    return typeof raw === 'number' ? { value: raw } : { ...(raw ?? {}) };
  };
  const putTarget = (f: DraftForm, row: TargetRow, d: ReturnType<typeof targetDecisionFor>) => {
    const targets = { ...(f.targets ?? {}) };
    if (d === undefined) delete targets[row.id];
    else targets[row.id] = d;
    f.targets = targets;
  };
  const decideTarget = (row: TargetRow, applies: boolean) => update((f) => putTarget(f, row, targetDecisionFor(applies, row, targetDecision(f, row))));
  const setTargetField = (row: TargetRow, path: string, value: unknown) =>
    update((f) => {
      const d = targetDecision(f, row) as Record<string, unknown>;
      setValueAt(d, path, value);
      putTarget(f, row, targetDecisionFor(true, row, d));
    });
  const setTargetReason = (row: TargetRow, reason: string) => update((f) => putTarget(f, row, targetDecisionFor(false, row, { ...targetDecision(f, row), reason })));
  const addOwnTask = () => update((f) => void (f.ownTasks = [...(f.ownTasks ?? []), {} as OwnTask]));
  const removeOwnTask = (i: number) => update((f) => void (f.ownTasks = (f.ownTasks ?? []).filter((_, j) => j !== i)));
  const addPoint = (i: number) => update((f) => void (f.ownTasks![i].points = [...(f.ownTasks![i].points ?? []), {} as { title: string }]));
  const removePoint = (i: number, j: number) => update((f) => void (f.ownTasks![i].points = (f.ownTasks![i].points ?? []).filter((_, k) => k !== j)));

  const setSection = (id: SectionId, on: boolean) => {
    setProposal(null);
    setSections((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  };

  /** A parent read from a .docx or .txt, held for confirmation before it replaces the current one. */
  const importFile = async (file: File) => {
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      // A .doc is read by its content: a .docx under that name opens, a Word 97–2003 file says how to convert it.
      const snapshot = /\.docx?$/i.test(file.name) ? readDocx(bytes, file.name) : readPlainText(bytes, file.name);
      setPending(parentFromDocument(snapshot, file.name));
      setNotice(null);
    } catch (err) {
      setNotice({ intent: 'error', text: { error: err } });
    }
  };
  const confirmImport = () => {
    if (!pending) return;
    chooseParent({ plan: pending, fromCatalog: false });
    setPending(null);
  };
  const cancelImport = () => setPending(null);

  /** The blocks for the form, or null with the reason shown (the form's own words, not a YAML position). */
  const draft = (): DraftResult | null => {
    setShowMissing(true);
    if (missing.length > 0) return null;
    try {
      return draftFromForm(form, { sections: SECTION_IDS.filter((s) => sections.has(s)), parent: parent.fromCatalog ? undefined : parent.plan, store, set });
    } catch (err) {
      setNotice(formError(err));
      return null;
    }
  };

  const showPreview = () => {
    setNotice(null);
    const result = draft();
    setPreview(result ? { lines: previewLines(result.blocks), leftOut: result.ctx.leftOut } : null);
  };

  /** Inserts right away when there is nothing to decide; otherwise sets `proposal` for the user to confirm. */
  const propose = async () => {
    setNotice(null);
    setProposal(null);
    const result = draft();
    if (!result) return;
    try {
      const next = await proposalFor(host, result);
      if (next.sameLink && next.place.cursorFits) await insert({ link: false }, next);
      else setProposal(next);
    } catch (err) {
      setNotice({ intent: 'error', text: { error: err } });
    }
  };

  const insert = async (choice: InsertChoice, what: InsertProposal | null = proposal) => {
    if (!what) return;
    setBusy(true);
    try {
      const inserted = await host.insertBlocks(what.blocks, choice.after);
      if (choice.link) await host.writeParentLink(what.link);
      setProposal(null);
      setNotice({ intent: 'success', text: choice.link ? { key: 'insertedLinked', args: { n: inserted.paragraphs, number: what.link.number } } : { key: 'inserted', args: { n: inserted.paragraphs } } });
      onDocumentChanged?.();
    } catch (err) {
      setNotice({ intent: 'error', text: { error: err } });
    } finally {
      setBusy(false);
    }
  };

  return {
    catalog,
    registry,
    /** Units of the form's level that can lead a task. */
    leads: registry.units.filter((u) => u.canLead),
    parent,
    chooseCatalogParent: (id: string) => {
      const plan = catalog.find((p) => p.id === id);
      if (plan) chooseParent({ plan, fromCatalog: true });
    },
    pending,
    importFile,
    confirmImport,
    cancelImport,
    form,
    formKey,
    update,
    declaration,
    rows,
    reporting,
    unitChoices,
    /** Whether a declared field is required for this parent and form (the period where the parent has none). */
    required: (f: DeclaredField) => fieldRequired(f, form, parent.plan),
    isMissing: (path: string) => showMissing && missing.some((m) => m.path === path),
    setAt,
    decideTask,
    setTaskField,
    setTaskReason,
    decideTarget,
    setTargetField,
    setTargetReason,
    addOwnTask,
    removeOwnTask,
    addPoint,
    removePoint,
    pointMarker: (j: number) => diem(j),
    sections,
    setSection,
    /** Required fields left empty (path and label), live as the form changes. */
    missing,
    /** Whether to mark them: after the first Preview or Insert. */
    showMissing,
    preview,
    showPreview,
    proposal,
    propose,
    insert,
    cancelInsert: () => setProposal(null),
    notice,
    busy,
  };
}

async function proposalFor(host: DocumentHost, result: DraftResult): Promise<InsertProposal> {
  const snapshot = await host.readSnapshot();
  const currentLink = snapshot.parentLink ?? (await host.readParentLink());
  const cursor = await host.cursorParagraph();
  const paragraphCount = snapshot.paragraphs.length;
  const numerals = result.blocks.flatMap((b) => (b.type === 'section' ? [b.numeral] : []));
  const place = placeSections(readPlan(snapshot), numerals, cursor, paragraphCount);
  // Where Word cannot say where the cursor is, a section that has a right place is placed by asking.
  if (cursor === null && place.after !== null) place.cursorFits = false;
  const text = (n: number | null) => (n != null && n >= 1 ? (snapshot.paragraphs[n - 1]?.text ?? null) : null);
  const sameLink = currentLink != null && currentLink.number === result.parentLink.number && (currentLink.id ?? null) === (result.parentLink.id ?? null);
  return { blocks: result.blocks, cursor, cursorText: text(cursor), paragraphCount, place, fitText: text(place.after), link: result.parentLink, currentLink, sameLink };
}

/** A form error in the form's words: the YAML line and column the form was turned into mean nothing to a secretary. */
function formError(err: unknown): Notice {
  if (err instanceof KhInputError) return { intent: 'error', text: { key: 'formError', args: { message: { vi: err.message, en: err.messageEn ?? err.message } } } };
  return { intent: 'error', text: { error: err } };
}

function withProfile(form: DraftForm, profile: UnitProfile | null): DraftForm {
  if (!profile || profile.units !== form.units) return form;
  return { ...form, unit: { ...form.unit, ...profile.unit }, signer: { ...form.signer, ...profile.signer } };
}
