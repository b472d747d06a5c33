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

export class KhInputError extends Error {
  constructor(
    /** The file the user named (path or file name). */
    readonly file: string,
    /** Vietnamese sentence, no trailing full stop needed. */
    message: string,
    readonly place: InputPlace = {},
    /** English version for the pane's English mode. */
    readonly messageEn?: string,
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
