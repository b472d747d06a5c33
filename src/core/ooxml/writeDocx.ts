import { zipSync } from 'fflate';
import type { Block } from '../blocks';
import type { ParentLink } from '../snapshot';
import { blocksToBodyXml, endsInTable } from './blocksToBody';
import { CONTENT_TYPE, NS, REL } from './namespaces';
import {
  XML_DECL,
  appPropertiesXml,
  contentTypesXml,
  corePropertiesXml,
  documentXml,
  pageNumberHeaderXml,
  parentLinkParts,
  relationshipsXml,
  sectionPropertiesXml,
  settingsXml,
  stylesXml,
} from './packageParts';
import { closingParagraphXml, runContentXml } from './paragraphXml';
import { encodeXml } from './xmlBytes';

export interface DocxOptions {
  /** Stored as a custom XML part, read back by readDocx as `snapshot.parentLink`. */
  parentLink?: ParentLink | null;
  /** Document title in the file's properties. */
  title?: string;
  /** ISO date-time for the file's properties; omitted when absent so output is reproducible. */
  created?: string;
}

/** A complete .docx around body XML: A4 section with NĐ 30 margins, page numbers from page 2. */
function bodyToDocx(body: string, options: DocxOptions = {}): Uint8Array {
  const link = options.parentLink ?? null;
  const documentRels = [
    { id: 'rId1', type: REL.styles, target: 'styles.xml' },
    { id: 'rId2', type: REL.settings, target: 'settings.xml' },
    { id: 'rId4', type: REL.header, target: 'header1.xml' },
    ...(link ? [{ id: 'rId3', type: REL.customXml, target: '../customXml/item1.xml' }] : []),
  ];
  const parts: Record<string, string> = {
    '[Content_Types].xml': XML_DECL + contentTypesXml(link !== null),
    '_rels/.rels':
      XML_DECL +
      relationshipsXml([
        { id: 'rId1', type: REL.officeDocument, target: 'word/document.xml' },
        { id: 'rId2', type: REL.coreProperties, target: 'docProps/core.xml' },
        { id: 'rId3', type: REL.extendedProperties, target: 'docProps/app.xml' },
      ]),
    'word/document.xml': XML_DECL + documentXml(body, sectionPropertiesXml('rId4')),
    'word/header1.xml': XML_DECL + pageNumberHeaderXml(),
    'word/_rels/document.xml.rels': XML_DECL + relationshipsXml(documentRels),
    'word/styles.xml': XML_DECL + stylesXml(),
    'word/settings.xml': XML_DECL + settingsXml(),
    'docProps/core.xml': XML_DECL + corePropertiesXml(options.title, options.created),
    'docProps/app.xml': XML_DECL + appPropertiesXml(),
    ...(link ? parentLinkParts(link) : {}),
  };
  const files: Record<string, Uint8Array> = {};
  for (const [name, xml] of Object.entries(parts)) files[name] = encodeXml(xml);
  // A fixed timestamp keeps identical input byte-identical in output.
  return zipSync(files, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') });
}

/** Body XML for blocks, closed with an empty paragraph when the last block is a table (Word wants a paragraph last). */
function bodyForBlocks(blocks: Block[]): string {
  const body = blocksToBodyXml(blocks);
  return endsInTable(blocks) ? body + closingParagraphXml() : body;
}

/** A complete NĐ 30 .docx for rendered blocks. */
export function blocksToDocx(blocks: Block[], options: DocxOptions = {}): Uint8Array {
  const subject = blocks.find((b) => b.type === 'subject');
  return bodyToDocx(bodyForBlocks(blocks), { title: subject && subject.type === 'subject' ? subject.text : undefined, ...options });
}

/** Plain paragraphs, one per string (tabs and line breaks kept): "the same plan as .txt and as .docx". */
export function textToDocx(paragraphs: string[], options: DocxOptions = {}): Uint8Array {
  const body = paragraphs
    .map((text) => {
      const content = runContentXml(text);
      return content ? `<w:p><w:r>${content}</w:r></w:p>` : '<w:p/>';
    })
    .join('');
  return bodyToDocx(body, options);
}

function flatPart(name: string, contentType: string, xml: string): string {
  return `<pkg:part pkg:name="${name}" pkg:contentType="${contentType}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
}

/**
 * The blocks as a flat OPC package (`pkg:package`), what Word's `insertOoxml` takes: document
 * body and styles, no section properties (so the insertion never changes the page setup).
 */
export function blocksToFlatOpc(blocks: Block[]): string {
  return (
    `<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n<pkg:package xmlns:pkg="${NS.flatOpc}">` +
    flatPart('/_rels/.rels', CONTENT_TYPE.rels, relationshipsXml([{ id: 'rId1', type: REL.officeDocument, target: 'word/document.xml' }])) +
    flatPart('/word/_rels/document.xml.rels', CONTENT_TYPE.rels, relationshipsXml([{ id: 'rId1', type: REL.styles, target: 'styles.xml' }])) +
    flatPart('/word/document.xml', CONTENT_TYPE.document, documentXml(blocksToBodyXml(blocks))) +
    flatPart('/word/styles.xml', CONTENT_TYPE.styles, stylesXml()) +
    `</pkg:package>`
  );
}
