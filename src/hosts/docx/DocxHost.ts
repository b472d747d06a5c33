import { zipSync } from 'fflate';
import type { Block } from '../../core/blocks';
import { KhInputError } from '../../core/errors';
import { blocksToBodyXml, bodyParagraphXml, endsInTable, type BodyContext } from '../../core/ooxml/blocksToBody';
import { CONTENT_TYPE, NS, REL } from '../../core/ooxml/namespaces';
import { openPackage, type PackageParts } from '../../core/ooxml/openPackage';
import { closingParagraphXml } from '../../core/ooxml/paragraphXml';
import { parentLinkParts, relationshipsXml, XML_DECL } from '../../core/ooxml/packageParts';
import { customXmlItems, findParentLinkItem, serializeParentLink } from '../../core/ooxml/parentLinkPart';
import { isReaderPart, readDocxParts, type DocxRead } from '../../core/ooxml/readDocx';
import { textToDocx } from '../../core/ooxml/writeDocx';
import { decodeXml, encodeXml, requireEditableUtf8 } from '../../core/ooxml/xmlBytes';
import { escapeXml } from '../../core/ooxml/escapeXml';
import type { FieldTag } from '../../core/blocks';
import type { DocumentSnapshot, ParentLink } from '../../core/snapshot';
import type { DocumentHost, Insertion } from '../host';
import { replaceControlText } from '../../core/ooxml/replaceControlText';
import { convertLegacyRuns } from '../../core/ooxml/convertLegacyRuns';
import { StyleSheet } from '../../core/ooxml/styleSheet';

/** What a change notification says happened. */
export type HostChange = 'edit' | 'undo' | 'redo' | 'selection';

interface Revision {
  parts: PackageParts;
  selectedParagraph: number | null;
}

const DOCUMENT = 'word/document.xml';
const DOCUMENT_RELS = 'word/_rels/document.xml.rels';
const CONTENT_TYPES = '[Content_Types].xml';
const BOM = [0xef, 0xbb, 0xbf];

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The characters a `w:t` text node stands for (named and numeric references). */
function unescapeXmlText(raw: string): string {
  return raw.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, ref: string) =>
    ref[0] === '#' ? String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1))) : (ENTITIES[ref] ?? whole),
  );
}

/** The bytes behind a UTF-8 byte-order mark, copied once (not spread through a JS array). */
function withBom(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(BOM.length + bytes.length);
  out.set(BOM);
  out.set(bytes, BOM.length);
  return out;
}

/** The parts the host reads or edits: the reader's, the package's wiring, and every custom XML item. */
function isHostPart(name: string): boolean {
  return isReaderPart(name) || name === CONTENT_TYPES || name === DOCUMENT_RELS || name.startsWith('customXml/');
}

/**
 * The document host on a .docx held in memory (the pane outside Word, the CLI): bytes in, bytes
 * out through `save()`. Edits splice XML into document.xml at offsets the reader recorded, so
 * every other part, and every other paragraph, stays byte for byte as it was.
 */
export class DocxHost implements DocumentHost {
  private readonly parts: PackageParts;
  private current: DocxRead;
  private readonly hasBom: boolean;
  private readonly controls: BodyContext = { nextId: 1_000_001 };
  /** The paragraph the cursor is after (1-based), or null: new content then goes at the end. */
  selectedParagraph: number | null = null;
  /** Byte snapshots before each edit (undo) and after each undone one (redo). */
  private readonly undoStack: Revision[] = [];
  private readonly redoStack: Revision[] = [];
  private readonly listeners = new Set<(change: HostChange) => void>();
  /** Edits since the document was opened or last saved: the page warns before leaving with some. */
  unsaved = 0;

  constructor(
    private readonly original: Uint8Array,
    readonly source = 'tài liệu.docx',
  ) {
    // Only what the reader and the edits need is inflated; images and the rest wait for save().
    this.parts = openPackage(original, source, isHostPart);
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
  async insertBlocks(blocks: Block[], after?: number): Promise<Insertion> {
    if (blocks.length === 0) return { paragraphs: 0, first: null };
    if (after !== undefined && after !== 0) this.requireParagraph(after);
    const before = this.current.snapshot.paragraphs.length;
    const at = after ?? this.selectedParagraph ?? null;
    const offset = at === null ? this.current.scan.bodyEnd : at === 0 ? this.bodyStart() : this.current.scan.insertAfter[at - 1];
    // A table closing the body needs a paragraph after it, as Word writes it.
    const tail = at === null && endsInTable(blocks) ? closingParagraphXml() : '';
    this.record();
    this.splice(offset, blocksToBodyXml(blocks, this.controls) + tail);
    const added = this.current.snapshot.paragraphs.length - before;
    this.selectedParagraph = (at ?? before) + added - (tail ? 1 : 0);
    this.changed('edit');
    return { paragraphs: added, first: (at ?? before) + 1 };
  }

  /** The selected paragraph, or the last one: with nothing selected, new content goes at the end. */
  async cursorParagraph(): Promise<number | null> {
    return this.selectedParagraph ?? this.current.snapshot.paragraphs.length;
  }

  async selectParagraph(index: number): Promise<void> {
    this.requireParagraph(index);
    this.selectedParagraph = index;
    this.changed('selection');
  }

  async insertParagraphAfter(index: number, text: string, tag?: string): Promise<void> {
    this.requireParagraph(index);
    this.record();
    this.splice(this.current.scan.insertAfter[index - 1], bodyParagraphXml(text, tag, this.controls));
    // The selection stays on the same paragraph, which moved down if it came after the new one.
    if (this.selectedParagraph !== null && this.selectedParagraph > index) this.selectedParagraph++;
    this.changed('edit');
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** Back to the document as it was before the last edit (a fix, an insertion, a link); false when there is none. */
  undo(): boolean {
    const previous = this.undoStack.pop();
    if (!previous) return false;
    this.redoStack.push(this.revision());
    this.restore(previous);
    this.unsaved--;
    this.changed('undo');
    return true;
  }

  /** The edit last undone, again; false when there is none. */
  redo(): boolean {
    const next = this.redoStack.pop();
    if (!next) return false;
    this.undoStack.push(this.revision());
    this.restore(next);
    this.unsaved++;
    this.changed('redo');
    return true;
  }

  /** Called after every edit, undo, redo and selection, so a view of the document can follow. */
  subscribe(listener: (change: HostChange) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** The bytes were written to a file the user keeps: nothing is unsaved any more. */
  markSaved(): void {
    this.unsaved = 0;
  }

  /**
   * The first `w:t` of the paragraph that holds `find` whole gets `replace`; its run keeps its
   * formatting and every other byte stays. Text split over runs is refused, never half-replaced.
   */
  async replaceText(index: number, find: string, replace: string): Promise<void> {
    this.requireParagraph(index);
    const doc = this.current.documentXml;
    const end = this.current.scan.paragraphEnds[index - 1];
    // The next paragraph may open exactly at `end`: search from the character before it.
    const start = Math.max(doc.lastIndexOf('<w:p>', end - 1), doc.lastIndexOf('<w:p ', end - 1));
    const xml = doc.slice(start, end);
    let done = false;
    const next = xml.replace(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g, (whole, raw: string) => {
      const text = unescapeXmlText(raw);
      if (done || !text.includes(find)) return whole;
      done = true;
      return `<w:t xml:space="preserve">${escapeXml(text.replace(find, () => replace))}</w:t>`;
    });
    if (!done) {
      throw new KhInputError(this.source, `chưa sửa tự động được đoạn ${index}: chữ "${find}" nằm trên nhiều đoạn định dạng; hãy sửa tay`, { paragraph: index }, `paragraph ${index}: "${find}" spans several runs; edit it by hand`, 'fix-text-not-found');
    }
    this.record();
    this.writeDocument(doc.slice(0, start) + next + doc.slice(end));
    this.changed('edit');
  }

  /** The legacy runs of document.xml converted in place (styles and every other part untouched); one edit to undo. */
  async convertLegacyText(): Promise<number> {
    const styles = StyleSheet.parse(this.partText('word/styles.xml'), this.partText('word/theme/theme1.xml'), this.source);
    const { xml, runs } = convertLegacyRuns(this.current.documentXml, styles);
    if (runs === 0) return 0;
    this.record();
    this.writeDocument(xml);
    this.changed('edit');
    return runs;
  }

  private partText(name: string): string | null {
    return this.parts[name] ? decodeXml(this.parts[name], name, this.source) : null;
  }

  async readParentLink(): Promise<ParentLink | null> {
    return this.current.snapshot.parentLink ?? null;
  }

  /** Replaces our custom XML item, or adds one wired the way Word wires it. */
  async writeParentLink(link: ParentLink): Promise<void> {
    this.record();
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
    this.changed('edit');
  }

  /** The text of every control with this tag, replaced in place; the controls, their formatting and every other byte stay. */
  async replaceFieldText(tag: FieldTag, text: string): Promise<number> {
    const { xml, count } = replaceControlText(this.current.documentXml, tag, text);
    if (count === 0) return 0;
    this.record();
    this.writeDocument(xml);
    // A block control of several paragraphs now holds one: the cursor stays inside the document.
    const paragraphs = this.current.snapshot.paragraphs.length;
    if (this.selectedParagraph !== null && this.selectedParagraph > paragraphs) this.selectedParagraph = paragraphs;
    this.changed('edit');
    return count;
  }

  /** The .docx as it now is. */
  save(): Uint8Array {
    const untouched = openPackage(this.original, this.source, (name) => !Object.hasOwn(this.parts, name));
    // [Content_Types].xml first, as Word writes it; then the parts as they were, ours in place.
    const all: PackageParts = {};
    if (this.parts[CONTENT_TYPES]) all[CONTENT_TYPES] = this.parts[CONTENT_TYPES];
    Object.assign(all, untouched, this.parts);
    return zipSync(all, { level: 6 });
  }

  /** Parts are replaced, never changed in place: a shallow copy of the map is a snapshot of every byte. */
  private revision(): Revision {
    return { parts: { ...this.parts }, selectedParagraph: this.selectedParagraph };
  }

  /** Before an edit: its undo point; a new edit forgets what was undone. */
  private record(): void {
    this.undoStack.push(this.revision());
    this.redoStack.length = 0;
    this.unsaved++;
  }

  private restore(revision: Revision): void {
    for (const name of Object.keys(this.parts)) if (!(name in revision.parts)) delete this.parts[name];
    Object.assign(this.parts, revision.parts);
    this.current = readDocxParts(this.parts, this.source);
    this.selectedParagraph = revision.selectedParagraph;
  }

  /** Just inside `<w:body>` (the document binds `w:`, see requireWordPrefix). */
  private bodyStart(): number {
    const doc = this.current.documentXml;
    return doc.indexOf('>', doc.search(/<w:body[\s>]/)) + 1;
  }

  private changed(change: HostChange): void {
    for (const listener of this.listeners) listener(change);
  }

  private splice(offset: number, xml: string): void {
    const doc = this.current.documentXml;
    this.writeDocument(doc.slice(0, offset) + xml + doc.slice(offset));
  }

  private writeDocument(next: string): void {
    requireEditableUtf8(this.parts[DOCUMENT], DOCUMENT, this.source);
    const bytes = encodeXml(next);
    this.parts[DOCUMENT] = this.hasBom ? withBom(bytes) : bytes;
    this.current = readDocxParts(this.parts, this.source);
  }

  private requireParagraph(index: number): void {
    const count = this.current.snapshot.paragraphs.length;
    if (!Number.isInteger(index) || index < 1 || index > count) {
      throw new KhInputError(this.source, `không có đoạn ${index}: tài liệu có ${count} đoạn`, { paragraph: index }, `there is no paragraph ${index}: the document has ${count}`, 'paragraph-not-found');
    }
  }

  /** Our XML says `w:`; a document that binds another prefix to WordprocessingML is refused, not corrupted. */
  private requireWordPrefix(): void {
    const doc = this.current.documentXml;
    if (!doc.includes(`xmlns:w="${NS.w}"`) && !doc.includes(`xmlns:w='${NS.w}'`)) {
      throw new KhInputError(this.source, 'tài liệu dùng cách khai báo XML lạ (không có tiền tố w:), chưa sửa được bằng Soạn KH', {}, 'the document does not bind the w: prefix; it cannot be edited', 'docx-xml-unsupported');
    }
  }

  private addContentType(part: string, type: string, item: string): void {
    if (!this.parts[CONTENT_TYPES]) return;
    requireEditableUtf8(this.parts[CONTENT_TYPES], CONTENT_TYPES, this.source);
    let xml = decodeXml(this.parts[CONTENT_TYPES], CONTENT_TYPES, this.source);
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
    requireEditableUtf8(existing, DOCUMENT_RELS, this.source);
    const xml = decodeXml(existing, DOCUMENT_RELS, this.source);
    let n = 1;
    while (xml.includes(`Id="rIdKh${n}"`)) n++;
    const end = xml.lastIndexOf('</Relationships>');
    this.parts[DOCUMENT_RELS] = encodeXml(`${xml.slice(0, end)}<Relationship Id="rIdKh${n}" Type="${type}" Target="${target}"/>${xml.slice(end)}`);
  }
}
