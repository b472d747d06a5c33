import { zipSync } from 'fflate';
import type { Block } from '../../core/blocks';
import { KhInputError } from '../../core/errors';
import { blocksToBodyXml, bodyParagraphXml, endsInTable, type BodyContext } from '../../core/ooxml/blocksToBody';
import { CONTENT_TYPE, NS, REL } from '../../core/ooxml/namespaces';
import { openPackage, type PackageParts } from '../../core/ooxml/openPackage';
import { closingParagraphXml } from '../../core/ooxml/paragraphXml';
import { parentLinkParts, relationshipsXml, XML_DECL } from '../../core/ooxml/packageParts';
import { customXmlItems, findParentLinkItem, serializeParentLink } from '../../core/ooxml/parentLinkPart';
import { readDocxParts, type DocxRead } from '../../core/ooxml/readDocx';
import { textToDocx } from '../../core/ooxml/writeDocx';
import { decodeXml, encodeXml } from '../../core/ooxml/xmlBytes';
import type { FieldTag } from '../../core/blocks';
import type { DocumentSnapshot, ParentLink } from '../../core/snapshot';
import type { DocumentHost } from '../host';
import { replaceControlText } from '../../core/ooxml/replaceControlText';

const DOCUMENT = 'word/document.xml';
const DOCUMENT_RELS = 'word/_rels/document.xml.rels';
const CONTENT_TYPES = '[Content_Types].xml';
const BOM = [0xef, 0xbb, 0xbf];

/** The bytes behind a UTF-8 byte-order mark, copied once (not spread through a JS array). */
function withBom(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(BOM.length + bytes.length);
  out.set(BOM);
  out.set(bytes, BOM.length);
  return out;
}

/**
 * The document host on a .docx held in memory (the pane outside Word, the CLI): bytes in, bytes
 * out through `save()`. Edits splice XML into document.xml at offsets the reader recorded, so
 * every other part, and every other paragraph, stays byte for byte as it was.
 */
export class DocxHost implements DocumentHost {
  readonly kind = 'docx' as const;
  private readonly parts: PackageParts;
  private current: DocxRead;
  private readonly hasBom: boolean;
  private readonly controls: BodyContext = { nextId: 1_000_001 };
  /** The paragraph the cursor is after (1-based), or null: new content then goes at the end. */
  selectedParagraph: number | null = null;

  constructor(bytes: Uint8Array, readonly source = 'tài liệu.docx') {
    this.parts = openPackage(bytes, source);
    const doc = this.parts[DOCUMENT];
    this.hasBom = !!doc && BOM.every((b, i) => doc[i] === b);
    this.current = readDocxParts(this.parts, source);
    this.requireWordPrefix();
  }

  /** A new, empty A4 document (one empty paragraph), for the pane outside Word. */
  static blank(source = 'kế hoạch mới.docx'): DocxHost {
    return new DocxHost(textToDocx(['']), source);
  }

  async readSnapshot(): Promise<DocumentSnapshot> {
    return this.current.snapshot;
  }

  /** Inserts after the selected paragraph, or at the end; the cursor then follows the inserted content. */
  async insertBlocks(blocks: Block[]): Promise<void> {
    if (blocks.length === 0) return;
    const before = this.current.snapshot.paragraphs.length;
    const at = this.selectedParagraph ?? null;
    const offset = at === null ? this.current.scan.bodyEnd : this.current.scan.insertAfter[at - 1];
    // A table closing the body needs a paragraph after it, as Word writes it.
    const tail = at === null && endsInTable(blocks) ? closingParagraphXml() : '';
    this.splice(offset, blocksToBodyXml(blocks, this.controls) + tail);
    const added = this.current.snapshot.paragraphs.length - before;
    this.selectedParagraph = (at ?? before) + added - (tail ? 1 : 0);
  }

  async selectParagraph(index: number): Promise<void> {
    this.requireParagraph(index);
    this.selectedParagraph = index;
  }

  async insertParagraphAfter(index: number, text: string, tag?: string): Promise<void> {
    this.requireParagraph(index);
    this.splice(this.current.scan.insertAfter[index - 1], bodyParagraphXml(text, tag, this.controls));
    // The selection stays on the same paragraph, which moved down if it came after the new one.
    if (this.selectedParagraph !== null && this.selectedParagraph > index) this.selectedParagraph++;
  }

  async readParentLink(): Promise<ParentLink | null> {
    return this.current.snapshot.parentLink ?? null;
  }

  /** Replaces our custom XML item, or adds one wired the way Word wires it. */
  async writeParentLink(link: ParentLink): Promise<void> {
    const existing = findParentLinkItem(this.parts);
    if (existing) {
      this.parts[existing] = encodeXml(serializeParentLink(link));
    } else {
      const numbers = customXmlItems(this.parts).map((n) => Number(/\d+/.exec(n)![0]));
      const item = Math.max(0, ...numbers) + 1;
      for (const [name, xml] of Object.entries(parentLinkParts(link, item))) this.parts[name] = encodeXml(xml);
      this.addContentType(`/customXml/itemProps${item}.xml`, CONTENT_TYPE.customXmlProps, `/customXml/item${item}.xml`);
      this.addDocumentRelationship(REL.customXml, `../customXml/item${item}.xml`);
    }
    this.current = readDocxParts(this.parts, this.source);
  }

  /** The text of every control with this tag, replaced in place; the controls, their formatting and every other byte stay. */
  async replaceFieldText(tag: FieldTag, text: string): Promise<number> {
    const { xml, count } = replaceControlText(this.current.documentXml, tag, text);
    if (count === 0) return 0;
    this.writeDocument(xml);
    // A block control of several paragraphs now holds one: the cursor stays inside the document.
    const paragraphs = this.current.snapshot.paragraphs.length;
    if (this.selectedParagraph !== null && this.selectedParagraph > paragraphs) this.selectedParagraph = paragraphs;
    return count;
  }

  /** The .docx as it now is. */
  save(): Uint8Array {
    return zipSync(this.parts, { level: 6 });
  }

  private splice(offset: number, xml: string): void {
    const doc = this.current.documentXml;
    this.writeDocument(doc.slice(0, offset) + xml + doc.slice(offset));
  }

  private writeDocument(next: string): void {
    const bytes = encodeXml(next);
    this.parts[DOCUMENT] = this.hasBom ? withBom(bytes) : bytes;
    this.current = readDocxParts(this.parts, this.source);
  }

  private requireParagraph(index: number): void {
    const count = this.current.snapshot.paragraphs.length;
    if (!Number.isInteger(index) || index < 1 || index > count) {
      throw new KhInputError(this.source, `không có đoạn ${index}: tài liệu có ${count} đoạn`, { paragraph: index }, `there is no paragraph ${index}: the document has ${count}`);
    }
  }

  /** Our XML says `w:`; a document that binds another prefix to WordprocessingML is refused, not corrupted. */
  private requireWordPrefix(): void {
    const doc = this.current.documentXml;
    if (!doc.includes(`xmlns:w="${NS.w}"`) && !doc.includes(`xmlns:w='${NS.w}'`)) {
      throw new KhInputError(this.source, 'tài liệu dùng cách khai báo XML lạ (không có tiền tố w:), chưa sửa được bằng Soạn KH', {}, 'the document does not bind the w: prefix; it cannot be edited');
    }
  }

  private addContentType(part: string, type: string, item: string): void {
    if (!this.parts[CONTENT_TYPES]) return;
    let xml = decodeXml(this.parts[CONTENT_TYPES]);
    let add = `<Override PartName="${part}" ContentType="${type}"/>`;
    if (!/Extension="xml"/i.test(xml)) add += `<Override PartName="${item}" ContentType="${CONTENT_TYPE.xml}"/>`;
    const end = xml.lastIndexOf('</Types>');
    xml = xml.slice(0, end) + add + xml.slice(end);
    this.parts[CONTENT_TYPES] = encodeXml(xml);
  }

  private addDocumentRelationship(type: string, target: string): void {
    const existing = this.parts[DOCUMENT_RELS];
    if (!existing) {
      this.parts[DOCUMENT_RELS] = encodeXml(XML_DECL + relationshipsXml([{ id: 'rId1', type, target }]));
      return;
    }
    const xml = decodeXml(existing);
    let n = 1;
    while (xml.includes(`Id="rIdKh${n}"`)) n++;
    const end = xml.lastIndexOf('</Relationships>');
    this.parts[DOCUMENT_RELS] = encodeXml(`${xml.slice(0, end)}<Relationship Id="rIdKh${n}" Type="${type}" Target="${target}"/>${xml.slice(end)}`);
  }
}
