import { SaxesParser } from 'saxes';
import { KhInputError } from '../errors';
import type { DocumentSnapshot } from '../snapshot';
import { NS } from './namespaces';
import { findParentLink } from './parentLinkPart';
import { readWordParts } from './readDocx';
import { isOutsideBodyPart } from './scan/outsideBody';
import { encodeXml } from './xmlBytes';

/**
 * The XML parts of a flat OPC package (`pkg:package`, what Word's `body.getOoxml()` returns), by
 * zip-style name (`word/document.xml`). Each part's text is sliced from the package as written, not
 * re-serialised, so offsets and bytes stay the producer's. Binary parts are left out.
 */
export function flatOpcParts(xml: string, source: string): Map<string, string> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const parts = new Map<string, string>();
  let prefix = 'pkg:';
  let rootSeen = false;
  let name: string | null = null;
  let start = -1;
  parser.on('opentag', (tag) => {
    const attrs = tag.attributes as Record<string, string>;
    if (!rootSeen) {
      rootSeen = true;
      for (const key in attrs) if (attrs[key] === NS.flatOpc) prefix = key === 'xmlns' ? '' : `${key.slice(6)}:`;
      if (tag.name !== `${prefix}package`) throw new KhInputError(source, 'nội dung không phải gói OOXML phẳng (pkg:package) của Word', {}, 'not a Word flat OPC package (pkg:package)', 'flat-opc-invalid');
    }
    if (tag.name === `${prefix}part`) name = (attrs[`${prefix}name`] ?? '').replace(/^\//, '');
    else if (tag.name === `${prefix}xmlData` && name !== null && start < 0) start = parser.position;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === `${prefix}xmlData` && name !== null && start >= 0) {
      // At a close tag the parser stands after its ">"; the part ends where "</" began.
      const end = xml.lastIndexOf('</', parser.position - 1);
      parts.set(name, xml.slice(start, end));
      start = -1;
    } else if (tag.name === `${prefix}part`) name = null;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof KhInputError) throw e;
    const reason = e instanceof Error ? e.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '') : String(e);
    throw new KhInputError(source, `gói OOXML không phải XML hợp lệ ở dòng ${parser.line}, cột ${parser.column} (${reason})`, { line: parser.line, column: parser.column }, `the OOXML package is not well-formed XML (${reason})`, 'docx-xml-malformed');
  }
  return parts;
}

/**
 * A snapshot from flat OPC: the Word host reads the body with one `getOoxml()` and gets exactly
 * what the .docx reader gives for the same document (text, formatting, tags, cells).
 */
export function readFlatOpc(xml: string, source: string): DocumentSnapshot {
  const parts = flatOpcParts(xml, source);
  const document = parts.get('word/document.xml');
  if (document === undefined) {
    throw new KhInputError(source, 'gói OOXML không có phần word/document.xml', {}, 'the OOXML package has no word/document.xml', 'docx-part-missing');
  }
  const customXml: Record<string, Uint8Array> = {};
  for (const [name, text] of parts) if (name.startsWith('customXml/item')) customXml[name] = encodeXml(text);
  const outside: Record<string, string> = {};
  for (const [name, text] of parts) if (isOutsideBodyPart(name)) outside[name] = text;
  return readWordParts({ document, styles: parts.get('word/styles.xml') ?? null, theme: parts.get('word/theme/theme1.xml') ?? null, numbering: parts.get('word/numbering.xml') ?? null, outside }, findParentLink(customXml, source), source).snapshot;
}
