/**
 * Input the user gave that we cannot use: a corrupt .docx, a binary named .txt, a template with
 * a syntax error. Carries the file and the place so every front end (CLI, pane, lint) can say
 * one clear Vietnamese sentence instead of a stack trace.
 */
export interface InputPlace {
  line?: number;
  column?: number;
  /** A paragraph index, for documents. */
  paragraph?: number;
}

/**
 * What went wrong, as a stable kebab-case id beside the sentences (as rule ids are beside findings'
 * messages), for scripts and the pane to tell errors apart without reading Vietnamese. Each id has
 * one meaning; docs/errors.md lists them (a test ties the two).
 */
export const INPUT_ERROR_IDS = [
  // The command line and the files it is given.
  'usage',
  'no-input-files',
  'file-not-found',
  'file-unreadable',
  'not-a-file',
  'file-too-large',
  'file-type-unsupported',
  'file-empty',
  'file-unwritable',
  // Documents (.txt, .docx, flat OPC) and what they store.
  'text-binary',
  'text-legacy-encoding',
  'convert-encoding-unknown',
  'docx-protected-or-doc',
  'docx-protected',
  'doc-not-here',
  'doc-rtf',
  'doc-not-word',
  'doc-unreadable',
  'docx-not-zip',
  'docx-suspicious-size',
  'docx-part-missing',
  'docx-xml-malformed',
  'docx-xml-unsupported',
  'docx-encoding-unsupported',
  'flat-opc-invalid',
  'parent-link-damaged',
  'paragraph-not-found',
  'fix-text-not-found',
  // The data maintainers and secretaries write (YAML).
  'yaml-syntax',
  'yaml-field-invalid',
  'parent-plan-invalid',
  'unit-registry-invalid',
  'bodies-invalid',
  'names-invalid',
  'catalog-plan-unknown',
  'catalog-invalid',
  'unit-registry-unknown',
  'parent-missing',
  'form-invalid',
  // Templates.
  'templates-folder-missing',
  'template-syntax',
  'template-unknown',
  'section-unknown',
  'template-field-missing',
  'template-render',
  'sample-draft-error',
  // Relayed from elsewhere (a worker's reply) without an id of its own.
  'input-unusable',
] as const;

export type InputErrorId = (typeof INPUT_ERROR_IDS)[number];

export class KhInputError extends Error {
  constructor(
    /** The file the user named (path or file name). */
    readonly file: string,
    /** Vietnamese sentence, no trailing full stop needed. */
    message: string,
    readonly place: InputPlace = {},
    /** English version for the pane's English mode. */
    readonly messageEn?: string,
    /** What went wrong, stable across wording changes (INPUT_ERROR_IDS). */
    readonly id: InputErrorId = 'input-unusable',
  ) {
    super(message);
    this.name = 'KhInputError';
  }

  /** `file:line:column: message` (or `file: message`), the form lint and the CLI print. */
  describe(): string {
    return `${this.file}${this.placeLabel()}: ${this.message}`;
  }

  /** The same on one line, for commands whose contract is a one-line reason (`kh check`, `kh extract`). */
  describeOneLine(): string {
    return this.describe();
  }

  /** `:line:column`, ` (đoạn N)` or nothing: what follows the file name. */
  placeLabel(): string {
    const { line, column, paragraph } = this.place;
    return line != null ? `:${line}${column != null ? `:${column}` : ''}` : paragraph != null ? ` (đoạn ${paragraph})` : '';
  }
}

/**
 * Every error of a file at once (a maintainer fixes them in one pass, as docxtemplater reports
 * them), still a KhInputError so the CLI prints it and exits 2 without a stack.
 */
export class KhInputErrorList extends KhInputError {
  constructor(readonly errors: KhInputError[]) {
    super(errors[0]?.file ?? '', errors[0]?.message ?? '', errors[0]?.place ?? {}, errors[0]?.messageEn, errors[0]?.id);
    this.name = 'KhInputErrorList';
  }

  override describe(): string {
    return this.errors.map((e) => e.describe()).join('\n');
  }

  /** The first error in full, the others after it by place, all on one line. */
  override describeOneLine(): string {
    const [first, ...rest] = this.errors;
    const others = rest.map((e) => `${e.file === first.file ? '' : e.file}${e.placeLabel().replace(/^:/, '')}: ${e.message}`);
    return [first.describeOneLine(), ...others].join('; ');
  }
}

/** Throws when there is anything to report: one error as itself, several as a list. */
export function throwIfAny(errors: KhInputError[]): void {
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new KhInputErrorList(errors);
}

/** The single errors inside whatever was thrown (a list, one error), for lint to collect. */
export function flattenInputErrors(e: KhInputError): KhInputError[] {
  return e instanceof KhInputErrorList ? e.errors : [e];
}
