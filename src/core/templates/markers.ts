/**
 * Private-use characters the renderer puts into template output and takes out again when it
 * turns lines into blocks. They never reach a document.
 */
/** Starts a field: FIELD_OPEN tag FIELD_SEP value FIELD_CLOSE. */
export const FIELD_OPEN = '\uE000';
export const FIELD_SEP = '\uE001';
export const FIELD_CLOSE = '\uE002';
/** A line break typed inside a value: stays inside its paragraph (a `<w:br/>` in Word). */
const VALUE_BREAK = '\uE003';
/** Around every value from the data, so a value never acts as a line prefix (`# `, `- `, `> `). */
const VALUE_OPEN = '\uE010';
const VALUE_CLOSE = '\uE011';

const ALL_MARKERS = /[\uE000-\uE003\uE010\uE011]/g;

/** A value from the data, protected: its line breaks kept inside the paragraph, wrapped. */
export function protectValue(value: string): string {
  if (value === '') return value;
  const clean = value.replace(ALL_MARKERS, '').replace(/\r\n?/g, '\n').replace(/\n/g, VALUE_BREAK);
  return VALUE_OPEN + clean + VALUE_CLOSE;
}

const VALUE_MARKS = new RegExp(`[${VALUE_OPEN}${VALUE_CLOSE}]`, 'g');
const VALUE_BREAKS = new RegExp(VALUE_BREAK, 'g');

/** The value as typed, for helpers that compute with it and for the blocks the renderer makes. */
export function unprotect(value: string): string {
  return value.replace(VALUE_MARKS, '').replace(VALUE_BREAKS, '\n');
}

/** Deep copy of template data with every string protected. */
export function protectData<T>(data: T): T {
  if (typeof data === 'string') return protectValue(data) as T;
  if (Array.isArray(data)) return data.map((d) => protectData(d)) as T;
  if (data && typeof data === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(data)) out[k] = protectData(v);
    return out as T;
  }
  return data;
}

/** Any argument a helper receives, back to plain text (strings) or left as it is. */
export function plain<T>(value: T): T {
  return (typeof value === 'string' ? unprotect(value) : value) as T;
}

/**
 * A typed value that goes straight into a block (the header, title, Nơi nhận, signer), cleaned as
 * a template's values are: no marker characters, a carriage return read as a line break.
 */
export function typedText(value: string): string {
  return unprotect(protectValue(value));
}
