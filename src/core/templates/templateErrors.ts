/**
 * Handlebars' own errors (English, with the place in different shapes) turned into one
 * Vietnamese KhInputError naming the template file, line and column.
 */
import { KhInputError } from '../errors';
import { TemplateRenderError } from './helpers';

/** Column of a parse error: Handlebars only shows up to 20 characters before the caret. */
function parseColumn(message: string, lineText: string): number {
  const lines = message.split('\n');
  const caret = lines.findIndex((l) => /^-*\^$/.test(l));
  if (caret < 1) return 1;
  const before = lines[caret - 1].slice(0, lines[caret].length - 1).replace(/^\.\.\./, '');
  for (let k = Math.min(before.length, lineText.length); k > 0; k--) {
    if (lineText.slice(0, k) === before.slice(before.length - k)) return k + 1;
  }
  return 1;
}

const TOKEN_VI: Record<string, string> = {
  EOF: 'hết mẫu',
  INVALID: 'ký tự không hợp lệ',
  CLOSE: '"}}"',
  OPEN: '"{{"',
  CLOSE_SEXPR: '")"',
  OPEN_SEXPR: '"("',
  ID: 'tên trường',
  STRING: 'chuỗi',
  OPEN_ENDBLOCK: '"{{/…}}"',
};

/** A syntax or compile error of Handlebars, for the template at `file` with text `source`. */
export function templateSyntaxError(e: unknown, file: string, source: string): KhInputError {
  const err = e as Error & { lineNumber?: number; column?: number };
  const message = String(err.message ?? e);
  const parse = /^Parse error on line (\d+):/.exec(message);
  if (parse) {
    const line = Number(parse[1]);
    const column = parseColumn(message, source.split('\n')[line - 1] ?? '');
    const got = /got '([^']+)'/.exec(message)?.[1] ?? '';
    const hint = got === 'EOF' ? 'mẫu kết thúc khi một khối {{#…}} chưa đóng bằng {{/…}}' : `gặp ${TOKEN_VI[got] ?? got}, chỗ này cần cú pháp {{…}} khác`;
    return new KhInputError(file, `lỗi cú pháp mẫu: ${hint}`, { line, column }, `template syntax error: ${message.split('\n').pop()}`, 'template-syntax');
  }
  const mismatch = /^(\S+) doesn't match (\S+) - (\d+):(\d+)/.exec(message);
  if (mismatch) {
    return new KhInputError(file, `khối {{#${mismatch[1]}}} lại đóng bằng {{/${mismatch[2]}}}`, { line: Number(mismatch[3]), column: Number(mismatch[4]) + 1 }, message, 'template-syntax');
  }
  const place = err.lineNumber != null ? { line: err.lineNumber, column: (err.column ?? 0) + 1 } : {};
  return new KhInputError(file, `lỗi biên dịch mẫu: ${message.replace(/ - \d+:\d+$/, '')}`, place, message, 'template-syntax');
}

/** The whole path written at a place (`task.lead`), when the template text is at hand. */
function pathAt(source: string | undefined, line: number, column: number): string | null {
  if (!source) return null;
  const text = source.split('\n')[line - 1] ?? '';
  const m = /^[\w@.\/-]+/u.exec(text.slice(column - 1));
  return m ? m[0] : null;
}

/** An error while rendering a template with data: a missing field, a bad helper argument. */
export function templateRenderError(e: unknown, file: string, source?: string): KhInputError {
  if (e instanceof KhInputError) return e;
  if (e instanceof TemplateRenderError) return new KhInputError(file, e.message, e.place ?? {}, e.messageEn, 'template-render');
  const err = e as Error & { lineNumber?: number; column?: number };
  const message = String(err.message ?? e);
  const missing = /^"([^"]+)" not defined in .* - (\d+):(\d+)$/s.exec(message);
  if (missing) {
    const line = Number(missing[2]);
    const column = Number(missing[3]) + 1;
    const name = pathAt(source, line, column) ?? missing[1];
    return new KhInputError(file, `trường "${name}" không có trong dữ liệu`, { line, column }, `field "${name}" is missing from the data`, 'template-field-missing');
  }
  const place = err.lineNumber != null ? { line: err.lineNumber, column: (err.column ?? 0) + 1 } : {};
  return new KhInputError(file, `lỗi khi điền mẫu: ${message}`, place, message, 'template-render');
}
