import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { KhInputError } from '../errors';
import { NS } from './namespaces';

/**
 * One streaming pass over a WordprocessingML part. Element names reach the handlers as local names
 * of the `w:` namespace (whatever prefix the producer bound it to); `#fallback` marks
 * `mc:Fallback`, whose content duplicates `mc:Choice`; other namespaces give null.
 */
export interface WordXmlHandlers {
  /** `position` is the offset just after the start tag's `>`; `depth` 1 is the root element. */
  open(local: string | null, attr: (local: string) => string | undefined, position: number, depth: number): void;
  /** `position` is just after the end tag (for `<x/>`, the same as at its opening); `depth` as at its opening. */
  close(local: string | null, position: number, depth: number): void;
  text?(text: string): void;
}

/** Parses `xml` (part `part` of `source`); malformed XML becomes a KhInputError with line and column. */
export function scanWordXml(xml: string, part: string, source: string, handlers: WordXmlHandlers): void {
  const parser = new SaxesParser({ xmlns: false, position: true });
  let wPrefix = 'w:';
  let fallbackName = 'mc:Fallback';
  let rootSeen = false;
  let attrs: Record<string, string> = {};
  let depth = 0;
  const attr = (local: string): string | undefined => attrs[wPrefix + local] ?? attrs[local];
  const localOf = (name: string): string | null => {
    if (name.startsWith(wPrefix)) return name.slice(wPrefix.length);
    if (wPrefix === '' && !name.includes(':')) return name;
    return name === fallbackName ? '#fallback' : null;
  };
  parser.on('opentag', (tag: SaxesTagPlain) => {
    attrs = tag.attributes as Record<string, string>;
    if (!rootSeen) {
      rootSeen = true;
      for (const key in attrs) {
        if (attrs[key] === NS.w || attrs[key] === NS.wStrict) wPrefix = key === 'xmlns' ? '' : `${key.slice(6)}:`;
        else if (attrs[key] === NS.mc && key.startsWith('xmlns:')) fallbackName = `${key.slice(6)}:Fallback`;
      }
    }
    handlers.open(localOf(tag.name), attr, parser.position, ++depth);
  });
  parser.on('closetag', (tag) => handlers.close(localOf(tag.name), parser.position, depth--));
  if (handlers.text) parser.on('text', handlers.text);
  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof KhInputError) throw e;
    const line = parser.line;
    const column = parser.column;
    const reason = e instanceof Error ? e.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '') : String(e);
    throw new KhInputError(
      source,
      `tệp .docx bị hỏng: phần ${part} không phải XML hợp lệ ở dòng ${line}, cột ${column} (${reason})`,
      { line, column },
      `the .docx is damaged: part ${part} is not well-formed XML at line ${line}, column ${column} (${reason})`,
      'docx-xml-malformed',
    );
  }
}

/** OOXML on/off values: absent or anything but 0/false/off means on. */
export function onOff(value: string | undefined): boolean {
  return value === undefined || !(value === '0' || value === 'false' || value === 'off');
}

/** Where the tag that ended at `end` starts: attribute values may hold `>` but never `<`. */
export function tagStart(xml: string, end: number): number {
  return xml.lastIndexOf('<', end - 1);
}

/** Whether the start tag that ended at `end` was written `<x/>`. */
export function selfClosing(xml: string, end: number): boolean {
  return xml.charCodeAt(end - 2) === 0x2f;
}
