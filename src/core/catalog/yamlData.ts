/**
 * Reading the YAML data maintainers and secretaries write (parent plans, unit registries, forms)
 * against a small schema, so that every mistake is reported at once as
 * `file:line:column: Vietnamese sentence`. Hand-written rather than ajv: no code generation
 * (the pane runs without `unsafe-eval`) and messages in the user's words.
 */
import { Document, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { KhInputError, throwIfAny } from '../errors';

export type Shape =
  | { kind: 'string'; pattern?: RegExp; hint?: string; nonEmpty?: boolean }
  | { kind: 'number'; integer?: boolean; min?: number; max?: number }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'array'; of: Shape; minItems?: number }
  | { kind: 'object'; fields: Record<string, Field> }
  /** Free keys (task codes, target ids), one shape for every value. */
  | { kind: 'map'; of: Shape }
  /** A string, or a list of strings (one per line). */
  | { kind: 'text' }
  /** The first of several shapes that fits (a target: a number, or { value, year, base }). */
  | { kind: 'either'; of: readonly Shape[]; hint: string };

export type Field = Shape & { required?: boolean; nullable?: boolean };

export interface YamlPlace {
  line: number;
  column: number;
}

/** A parsed YAML file that can still say where each value was written. */
export interface YamlSource {
  file: string;
  value: unknown;
  /** Line and column of the value at a path (`['tasks', '2', 'lead']`), or of the nearest parent; none for data read from memory. */
  placeOf(path: (string | number)[]): Partial<YamlPlace>;
}

const TYPE_VI: Record<Shape['kind'], string> = {
  string: 'chuỗi chữ',
  number: 'số',
  boolean: 'true hoặc false',
  enum: 'một trong các giá trị cho phép',
  array: 'danh sách (mỗi dòng bắt đầu bằng "- ")',
  object: 'nhóm trường (khoá: giá trị)',
  map: 'nhóm trường (khoá: giá trị)',
  text: 'chuỗi chữ hoặc danh sách chuỗi',
  either: 'một trong các dạng cho phép',
};

function shown(node: Node | null | undefined): string {
  if (!node) return 'trống';
  if (isScalar(node)) {
    if (node.value == null) return 'trống';
    // A value is quoted by its start: an error line is read, not scrolled.
    const text = JSON.stringify(node.value);
    return text.length > 62 ? `${text.slice(0, 60)}…"` : text;
  }
  if (isSeq(node)) return 'một danh sách';
  if (isMap(node)) return 'một nhóm trường';
  return 'giá trị khác';
}

/** Parses and validates; throws every error found (KhInputErrorList when more than one). */
export function readYaml(text: string, file: string, shape: Shape): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): YamlPlace => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const errors: KhInputError[] = [];
  for (const e of doc.errors) {
    const p = at(e.pos[0]);
    const vi = e.code === 'DUPLICATE_KEY' ? 'khoá bị lặp lại' : e.code === 'BAD_INDENT' || e.code === 'MISSING_CHAR' ? 'thụt lề hoặc dấu ":" không đúng' : 'YAML không hợp lệ';
    // The parser quotes the offending token, which may be the rest of the file: a short start of it.
    const said = e.message.split('\n')[0];
    const reason = said.length > 120 ? `${said.slice(0, 119)}…` : said;
    errors.push(new KhInputError(file, `${vi} (${reason})`, p, `invalid YAML: ${reason}`, 'yaml-syntax'));
  }
  throwIfAny(errors);
  return validate(doc, file, shape, at);
}

/**
 * The same checks on data already in memory (the pane's form): no text, so errors name the field
 * (`"tasks.2.lead" …`) without a line.
 */
export function readData(value: unknown, file: string, shape: Shape): YamlSource {
  return validate(new Document(value), file, shape, () => null);
}

function validate(doc: Document, file: string, shape: Shape, at: (offset: number) => YamlPlace | null): YamlSource {
  const errors: KhInputError[] = [];
  const err = (node: Node | null | undefined, fallback: number, message: string, en: string) => {
    const offset = node?.range?.[0] ?? fallback;
    errors.push(new KhInputError(file, message, at(offset) ?? {}, en, 'yaml-field-invalid'));
  };

  const visit = (node: Node | null | undefined, shape: Shape, name: string, fallback: number): void => {
    const where = node?.range?.[0] ?? fallback;
    switch (shape.kind) {
      case 'string': {
        if (!isScalar(node) || typeof node.value !== 'string' && typeof node.value !== 'number') {
          err(node, fallback, `"${name}" phải là ${TYPE_VI.string}, không phải ${shown(node)}`, `"${name}" must be a string`);
          return;
        }
        // A bare number where text is wanted (`date: 2026`, `number: 05`) is the text as typed.
        if (typeof node.value === 'number') node.value = node.source ?? String(node.value);
        const value = String(node.value);
        if (shape.nonEmpty && value.trim() === '') err(node, fallback, `"${name}" không được để trống`, `"${name}" must not be empty`);
        else if (shape.pattern && !shape.pattern.test(value)) err(node, fallback, `"${name}" không đúng dạng ${shape.hint ?? String(shape.pattern)}: ${JSON.stringify(value)}`, `"${name}" has the wrong form`);
        return;
      }
      case 'number': {
        if (!isScalar(node) || typeof node.value !== 'number') {
          err(node, fallback, `"${name}" phải là ${TYPE_VI.number}, không phải ${shown(node)}`, `"${name}" must be a number`);
          return;
        }
        const v = node.value;
        if (shape.integer && !Number.isInteger(v)) err(node, fallback, `"${name}" phải là số nguyên, không phải ${v}`, `"${name}" must be an integer`);
        else if (shape.min != null && v < shape.min) err(node, fallback, `"${name}" phải từ ${shape.min} trở lên, không phải ${v}`, `"${name}" is below ${shape.min}`);
        else if (shape.max != null && v > shape.max) err(node, fallback, `"${name}" phải không quá ${shape.max}, không phải ${v}`, `"${name}" is above ${shape.max}`);
        return;
      }
      case 'boolean':
        if (!isScalar(node) || typeof node.value !== 'boolean') err(node, fallback, `"${name}" phải là ${TYPE_VI.boolean}, không phải ${shown(node)}`, `"${name}" must be true or false`);
        return;
      case 'enum':
        if (!isScalar(node) || !shape.values.includes(String(node.value))) err(node, fallback, `"${name}" phải là một trong: ${shape.values.join(', ')}; không phải ${shown(node)}`, `"${name}" must be one of ${shape.values.join(', ')}`);
        return;
      case 'either': {
        // Each option is tried on its own; the errors of the one that fits the node's kind are kept.
        const before = errors.length;
        let best: KhInputError[] | null = null;
        for (const option of shape.of) {
          visit(node, option, name, fallback);
          const found = errors.splice(before);
          if (found.length === 0) return;
          const sameKind = (option.kind === 'object' || option.kind === 'map') === isMap(node) && (option.kind === 'array') === isSeq(node);
          if (sameKind && !best) best = found;
        }
        if (best) errors.push(...best);
        else err(node, fallback, `"${name}" phải là ${shape.hint}, không phải ${shown(node)}`, `"${name}" must be ${shape.hint}`);
        return;
      }
      case 'text':
        if (isSeq(node)) {
          node.items.forEach((item, i) => visit(item as Node, { kind: 'string' }, `${name}[${i + 1}]`, where));
          return;
        }
        visit(node, { kind: 'string' }, name, fallback);
        return;
      case 'array':
        if (!isSeq(node)) {
          err(node, fallback, `"${name}" phải là ${TYPE_VI.array}, không phải ${shown(node)}`, `"${name}" must be a list`);
          return;
        }
        if (shape.minItems && node.items.length < shape.minItems) err(node, fallback, `"${name}" cần ít nhất ${shape.minItems} mục`, `"${name}" needs at least ${shape.minItems} items`);
        node.items.forEach((item, i) => visit(item as Node, shape.of, `${name}[${i + 1}]`, where));
        return;
      case 'map':
      case 'object': {
        if (!isMap(node)) {
          // The root has no name: it is the file's content that is not a mapping.
          const what = name ? `"${name}"` : 'nội dung tệp';
          err(node, fallback, `${what} phải là ${TYPE_VI[shape.kind]}, không phải ${shown(node)}`, `${name ? `"${name}"` : 'the file'} must be a mapping`);
          return;
        }
        const seen = new Set<string>();
        for (const pair of node.items as Pair<Node, Node>[]) {
          const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
          seen.add(key);
          const keyAt = pair.key?.range?.[0] ?? where;
          const childName = name ? `${name}.${key}` : key;
          if (shape.kind === 'map') {
            visit(pair.value, shape.of, childName, keyAt);
            continue;
          }
          // Own fields only: `constructor`, `toString`, `__proto__` are on every object, not in the schema.
          const field = Object.hasOwn(shape.fields, key) ? shape.fields[key] : undefined;
          if (!field) {
            const known = Object.keys(shape.fields).join(', ');
            err(pair.key, keyAt, `trường lạ "${childName}"; các trường dùng được: ${known}`, `unknown field "${childName}"`);
            continue;
          }
          const isNull = !pair.value || (isScalar(pair.value) && pair.value.value == null);
          if (isNull) {
            if (!field.nullable) err(pair.key, keyAt, `"${childName}" không được để trống`, `"${childName}" must not be empty`);
            continue;
          }
          visit(pair.value, field, childName, keyAt);
        }
        if (shape.kind === 'object') {
          for (const [key, field] of Object.entries(shape.fields)) {
            if (field.required && !seen.has(key)) err(node, fallback, `thiếu trường bắt buộc "${name ? `${name}.` : ''}${key}"`, `missing required field "${key}"`);
          }
        }
        return;
      }
    }
  };

  const root = doc.contents as Node | null;
  if (!root) {
    throw new KhInputError(file, 'tệp trống: chưa có dữ liệu nào', { line: 1, column: 1 }, 'the file is empty', 'file-empty');
  }
  visit(root, shape, '', 0);
  throwIfAny(errors);

  return {
    file,
    value: doc.toJS(),
    placeOf(path) {
      // Keys written as bare numbers (`2:`) are numbers in YAML; paths name them as strings.
      const numeric = path.map((k) => (typeof k === 'string' && /^\d+$/.test(k) ? Number(k) : k));
      for (let n = path.length; n >= 0; n--) {
        const node = (doc.getIn(path.slice(0, n), true) ?? doc.getIn(numeric.slice(0, n), true)) as Node | undefined;
        if (node?.range) return at(node.range[0]) ?? {};
      }
      return at(0) ? { line: 1, column: 1 } : {};
    },
  };
}

/** A list of lines whether the YAML gave one string or a list. */
export function textLines(value: string | string[] | null | undefined): string[] {
  if (value == null) return [];
  return Array.isArray(value) ? value : [value];
}
