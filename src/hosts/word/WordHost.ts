/// <reference types="office-js" />
import type { Block, FieldTag } from '../../core/blocks';
import { KhInputError } from '../../core/errors';
import { PARENT_LINK_NS } from '../../core/ooxml/namespaces';
import { parseParentLink, serializeParentLink } from '../../core/ooxml/parentLinkPart';
import { readFlatOpc } from '../../core/ooxml/readFlatOpc';
import { convertLegacyParagraph, mayHoldLegacyRuns } from '../../core/ooxml/legacyParagraphs';
import { blocksToFlatOpc } from '../../core/ooxml/writeDocx';
import type { DocumentSnapshot, ParentLink } from '../../core/snapshot';
import type { DocumentHost, Insertion } from '../host';
import { navigateToParagraph } from './navigateToParagraph';
import { FIELD_TITLES } from './fieldTitles';

/** Key of the parent link in `Office.context.document.settings` where WordApi 1.4 is missing. */
export const PARENT_LINK_SETTING = 'soanKh.parentLink';

/**
 * The document host on Office.js. Every method is one `Word.run`; reading, inserting and
 * selecting are one `context.sync()` each (see docs/word-host.md for why and how it was measured).
 */
export class WordHost implements DocumentHost {
  constructor(readonly source = 'Tài liệu Word đang mở') {}

  /** One sync: the body as flat OPC, read by the same OOXML reader as a .docx. */
  async readSnapshot(): Promise<DocumentSnapshot> {
    const ooxml = await Word.run(async (context) => {
      const result = context.document.body.getOoxml();
      await context.sync();
      return result.value;
    });
    const snapshot = readFlatOpc(ooxml, this.source);
    // The body's OOXML carries no custom XML part; the settings fallback costs no round trip.
    if (!hasCustomXmlParts()) snapshot.parentLink = readSettingsLink(this.source);
    return snapshot;
  }

  /**
   * One sync: the blocks as flat OPC after the selection (so a selected text is never replaced) or
   * after paragraph `after` (the getFirst/getNext chain of `selectParagraph`, in the same batch); the
   * inserted range's paragraphs are counted in the same batch, so the pane reads nothing afterwards.
   */
  async insertBlocks(blocks: Block[], after?: number): Promise<Insertion> {
    if (blocks.length === 0) return { paragraphs: 0, first: null };
    if (after !== undefined && after !== 0) requireIndex(after, this.source);
    const ooxml = blocksToFlatOpc(blocks);
    return Word.run(async (context) => {
      const body = context.document.body;
      const target =
        after === undefined ? context.document.getSelection().insertOoxml(ooxml, 'After')
        : after === 0 ? body.insertOoxml(ooxml, 'Start')
        : navigateToParagraph(body, after).getRange('Whole').insertOoxml(ooxml, 'After');
      const added = target.paragraphs;
      added.load('items/$none');
      await context.sync();
      return { paragraphs: added.items.length, first: null };
    }).catch((e) => rethrowMissingParagraph(e, after ?? 0, this.source));
  }

  /** Word does not say which paragraph the cursor is in without loading them all: the pane asks the user instead. */
  async cursorParagraph(): Promise<number | null> {
    return null;
  }

  /** One sync: a getFirst/getNext chain is built without round trips, then selected. */
  async selectParagraph(index: number): Promise<void> {
    requireIndex(index, this.source);
    await Word.run(async (context) => {
      navigateToParagraph(context.document.body, index).select('Select');
      await context.sync();
    }).catch((e) => rethrowMissingParagraph(e, index, this.source));
  }

  /** One sync: the new paragraph, wrapped in a tagged content control when a tag is given. */
  async insertParagraphAfter(index: number, text: string, tag?: string): Promise<void> {
    requireIndex(index, this.source);
    await Word.run(async (context) => {
      const added = navigateToParagraph(context.document.body, index).insertParagraph(text, 'After');
      if (tag) {
        const control = added.insertContentControl();
        control.tag = tag;
        control.title = FIELD_TITLES[tag as FieldTag] ?? tag;
      }
      added.select('End');
      await context.sync();
    }).catch((e) => rethrowMissingParagraph(e, index, this.source));
  }

  /**
   * One search in the paragraph and one replace, undoable as one edit. Word's search takes at most
   * 255 characters: a longer `find` (a whole legacy-encoded paragraph) replaces the paragraph's text.
   */
  async replaceText(index: number, find: string, replace: string): Promise<void> {
    requireIndex(index, this.source);
    await Word.run(async (context) => {
      const paragraph = navigateToParagraph(context.document.body, index);
      if (find.length > 255) {
        paragraph.load('text');
        await context.sync();
        paragraph.insertText(paragraph.text.replace(find, replace), 'Replace');
      } else {
        const found = paragraph.search(find, { matchCase: true });
        found.load('items/$none');
        await context.sync();
        if (found.items.length === 0) throw new KhInputError(this.source, `đoạn ${index} không còn chữ "${find}" (đã sửa?)`, { paragraph: index }, `paragraph ${index} no longer has "${find}"`, 'fix-text-not-found');
        found.items[0].insertText(replace, 'Replace');
      }
      await context.sync();
    }).catch((e) => rethrowMissingParagraph(e, index, this.source));
  }

  /**
   * Three syncs however many paragraphs: the paragraphs' fonts, then the OOXML of those that may
   * hold TCVN3/VNI runs (a legacy or mixed font) with their parent control, then only the paragraphs
   * with legacy runs written back converted (the same converter as the .docx host), one edit to undo.
   * Paragraphs without legacy runs, and those in or holding a content control, are never rewritten.
   */
  async convertLegacyText(): Promise<number> {
    return Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/font/name');
      await context.sync();
      const candidates = paragraphs.items
        .filter((p) => mayHoldLegacyRuns(p.font.name))
        .map((paragraph) => {
          const control = paragraph.parentContentControlOrNullObject;
          control.load('id');
          return { paragraph, control, ooxml: paragraph.getOoxml() };
        });
      if (candidates.length === 0) return 0;
      await context.sync();
      let runs = 0;
      for (const { paragraph, control, ooxml } of candidates) {
        // A paragraph inside a content control stays as it is: Replace over it can take the control with it.
        if (!control.isNullObject) continue;
        const converted = convertLegacyParagraph(ooxml.value, this.source);
        if (!converted) continue;
        paragraph.insertOoxml(converted.xml, 'Replace');
        runs += converted.runs;
      }
      if (runs > 0) await context.sync();
      return runs;
    });
  }

  /** Two syncs on WordApi 1.4 (find the part, then read its XML); none on the settings fallback. */
  async readParentLink(): Promise<ParentLink | null> {
    if (!hasCustomXmlParts()) return readSettingsLink(this.source);
    return Word.run(async (context) => {
      const parts = context.document.customXmlParts.getByNamespace(PARENT_LINK_NS);
      parts.load('items/id');
      await context.sync();
      if (parts.items.length === 0) return null;
      const xml = parts.items[0].getXml();
      await context.sync();
      return parseParentLink(xml.value, this.source);
    });
  }

  /** Two syncs on WordApi 1.4: old parts found, then deleted and the new one added in one batch. */
  async writeParentLink(link: ParentLink): Promise<void> {
    if (!hasCustomXmlParts()) {
      Office.context.document.settings.set(PARENT_LINK_SETTING, JSON.stringify(link));
      await new Promise<void>((resolve, reject) =>
        Office.context.document.settings.saveAsync((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(r.error?.message ?? 'saveAsync failed')))),
      );
      return;
    }
    await Word.run(async (context) => {
      const parts = context.document.customXmlParts.getByNamespace(PARENT_LINK_NS);
      // eslint-disable-next-line office-addins/no-navigational-load -- '$none' loads no property: only the items, to delete or replace them
      parts.load('items/$none');
      await context.sync();
      for (const part of parts.items) part.delete();
      context.document.customXmlParts.add(serializeParentLink(link));
      await context.sync();
    });
  }

  /**
   * Two syncs: every content control with the tag, then all replaced in one batch. Returns how many
   * were updated, so the pane can say so (0 when the document was written by hand).
   */
  async replaceFieldText(tag: FieldTag, text: string): Promise<number> {
    return Word.run(async (context) => {
      const controls = context.document.body.contentControls.getByTag(tag);
      // eslint-disable-next-line office-addins/no-navigational-load -- '$none' loads no property: only the items, to delete or replace them
      controls.load('items/$none');
      await context.sync();
      for (const control of controls.items) control.insertText(text, 'Replace');
      await context.sync();
      return controls.items.length;
    });
  }
}

function hasCustomXmlParts(): boolean {
  return Office.context.requirements.isSetSupported('WordApi', '1.4');
}

function readSettingsLink(source: string): ParentLink | null {
  const raw = Office.context.document.settings.get(PARENT_LINK_SETTING) as unknown;
  if (raw == null || raw === '') return null;
  try {
    const link = JSON.parse(String(raw)) as ParentLink;
    if (typeof link.number === 'string' && typeof link.kind === 'string' && typeof link.issuer === 'string') return link;
  } catch {
    // fall through to the error below
  }
  throw new KhInputError(source, 'liên kết kế hoạch cấp trên lưu trong tài liệu bị hỏng; hãy liên kết lại', {}, 'the parent link stored in the document is damaged; link it again', 'parent-link-damaged');
}

function missingParagraph(index: number, source: string): KhInputError {
  return new KhInputError(source, `không có đoạn số ${index} trong tài liệu (tài liệu đã thay đổi? hãy kiểm tra lại)`, { paragraph: index }, `there is no paragraph ${index} in the document (did it change? check again)`, 'paragraph-not-found');
}

function requireIndex(index: number, source: string): void {
  if (!Number.isInteger(index) || index < 1) throw missingParagraph(index, source);
}

/** Word says ItemNotFound when the getNext() chain runs past the end: the document got shorter. */
function rethrowMissingParagraph(e: unknown, index: number, source: string): never {
  if ((e as { code?: string })?.code === 'ItemNotFound') throw missingParagraph(index, source);
  throw e;
}
