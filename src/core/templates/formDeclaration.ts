/**
 * The drafting form's declared fields (`templates/form.yaml`): which inputs the pane shows, in
 * which group, with which label, and which are required. The pane builds its form from this
 * data, so a maintainer adds a field without touching the pane's code; what a field's value does
 * is the drafting pipeline's business (draftForm.ts, fitToUnit.ts), not the declaration's.
 */
import { readYaml, type Field, type Shape } from '../catalog/yamlData';
import { DRAFT_FORM_FIELDS } from './draftForm';

export const FIELD_INPUTS = ['text', 'textarea', 'lines', 'number', 'date', 'lead', 'units', 'unit', 'deadline'] as const;
/** How a value is typed: one line, several lines, one item a line, a number, a date, a unit (lead, any) or units, a day/month deadline. */
export type FieldInput = (typeof FIELD_INPUTS)[number];

export interface Words {
  vi: string;
  en: string;
}

export interface DeclaredField {
  /** Where the value lives, from the form (`unit.issuer`) or from the task/target it belongs to (`lead`). */
  path: string;
  input: FieldInput;
  required: boolean;
  label: Words;
  hint: Words | null;
}

export interface FieldGroup {
  id: string;
  label: Words;
  fields: DeclaredField[];
}

export interface FormDeclaration {
  groups: FieldGroup[];
  /** A parent task the unit carries out (`tasks.<code>`). */
  task: DeclaredField[];
  /** The unit's own task (`ownTasks[i]`). */
  ownTask: DeclaredField[];
  /** A sub-task a., b., c. of the unit's own task (`ownTasks[i].points[j]`). */
  point: DeclaredField[];
  /** The unit's value for a parent target (`targets.<id>`). */
  target: DeclaredField[];
}

const WORDS: Shape = { kind: 'object', fields: { vi: { kind: 'string', required: true, nonEmpty: true }, en: { kind: 'string', required: true, nonEmpty: true } } };
const FIELD: Shape = {
  kind: 'object',
  fields: {
    path: { kind: 'string', required: true, pattern: /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/, hint: 'tên trường, vd. unit.issuer hay fields.kinhPhi' },
    input: { kind: 'enum', required: true, values: FIELD_INPUTS },
    required: { kind: 'boolean', nullable: true },
    label: { ...WORDS, required: true },
    hint: { ...WORDS, nullable: true },
  },
};
const FIELDS: Field = { kind: 'array', required: true, of: FIELD };
const SHAPE: Shape = {
  kind: 'object',
  fields: {
    groups: {
      kind: 'array',
      required: true,
      minItems: 1,
      of: { kind: 'object', fields: { id: { kind: 'string', required: true, pattern: /^[a-z0-9-]+$/ }, label: { ...WORDS, required: true }, fields: FIELDS } },
    },
    task: FIELDS,
    ownTask: FIELDS,
    point: FIELDS,
    target: FIELDS,
  },
};

type RawField = Omit<DeclaredField, 'required' | 'hint'> & { required?: boolean | null; hint?: Words | null };
const field = (f: RawField): DeclaredField => ({ path: f.path, input: f.input, required: f.required === true, label: f.label, hint: f.hint ?? null });

/** Reads a declaration (`templates/form.yaml`); mistakes reported as `file:line:column`. */
export function parseFormDeclaration(text: string, file = 'templates/form.yaml'): FormDeclaration {
  const raw = readYaml(text, file, SHAPE).value as { groups: { id: string; label: Words; fields: RawField[] }[] } & Record<'task' | 'ownTask' | 'point' | 'target', RawField[]>;
  return {
    groups: raw.groups.map((g) => ({ id: g.id, label: g.label, fields: g.fields.map(field) })),
    task: raw.task.map(field),
    ownTask: raw.ownTask.map(field),
    point: raw.point.map(field),
    target: raw.target.map(field),
  };
}

/** The form's shape at a path (`unit.issuer`), or null where the form has no such field (a `fields.*` entry has its map's). */
export function formShapeAt(path: string, root: Shape = DRAFT_FORM_FIELDS): Field | null {
  let shape: Field = root;
  for (const key of path.split('.')) {
    if (shape.kind === 'object') {
      if (!Object.hasOwn(shape.fields, key)) return null;
      shape = shape.fields[key];
    } else if (shape.kind === 'map') {
      shape = shape.of;
    } else {
      return null;
    }
  }
  return shape;
}

/** Whether the form's own shape makes a path required (what a declared `required` must agree with). */
export function requiredByShape(path: string): boolean {
  const keys = path.split('.');
  let shape: Field = DRAFT_FORM_FIELDS;
  for (const key of keys) {
    if (shape.kind !== 'object' || !Object.hasOwn(shape.fields, key)) return false;
    shape = shape.fields[key];
    if (!shape.required) return false;
  }
  return true;
}

/** The value at a dotted path of a plain object, or undefined. */
export function valueAt(data: unknown, path: string): unknown {
  let v: unknown = data;
  for (const key of path.split('.')) {
    if (v == null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/** Sets a value at a dotted path, making the objects on the way; an empty value removes the key, so the form holds what YAML would. */
export function setValueAt(data: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let o: Record<string, unknown> = data;
  for (const key of keys.slice(0, -1)) {
    if (o[key] == null || typeof o[key] !== 'object') o[key] = {};
    o = o[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  if (isEmpty(value)) delete o[last];
  else o[last] = value;
}

export function isEmpty(value: unknown): boolean {
  return value == null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.every(isEmpty));
}
