import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Block } from '../../../src/core/blocks';
import { serializeParentLink } from '../../../src/core/ooxml/parentLinkPart';
import { blocksToFlatOpc } from '../../../src/core/ooxml/writeDocx';
import { readFlatOpc } from '../../../src/core/ooxml/readFlatOpc';
import type { ParentLink } from '../../../src/core/snapshot';
import { PARENT_LINK_SETTING, WordHost } from '../../../src/hosts/word/WordHost';
import { FakeWord, PropertyNotLoadedError } from './fakeWord';

const PLAN: Block[] = [
  { type: 'doc-kind', text: 'KẾ HOẠCH' },
  { type: 'section', numeral: 'III', title: 'NHIỆM VỤ, GIẢI PHÁP' },
  { type: 'item', marker: '1.', inlines: [{ text: 'Tuyên truyền về bình đẳng giới' }] },
  { type: 'paragraph', inlines: [{ text: 'Đơn vị chủ trì: ' }, { text: 'Phòng Văn hóa - Xã hội', field: 'kh:lead' }] },
];

const LINK: ParentLink = { id: 'kh-163-ubnd-bac-ninh', kind: 'KH', number: '163/KH-UBND', date: '2026-05-12', issuer: 'UBND tỉnh Bắc Ninh' };

let fake: FakeWord;
let uninstall: () => void;
const host = new WordHost('KH xã.docx');

function open(paragraphs: string[], sets = ['WordApi 1.3', 'WordApi 1.4']): void {
  fake = FakeWord.document(paragraphs, { bodyOoxml: blocksToFlatOpc(PLAN), requirementSets: new Set(sets) });
  uninstall = fake.install();
}

beforeEach(() => open(['KẾ HOẠCH', 'III. NHIỆM VỤ, GIẢI PHÁP', '1. Tuyên truyền', 'Thời gian thực hiện: năm 2026']));
afterEach(() => uninstall());

describe('the fake enforces Office rules', () => {
  it('throws when a result is read before the sync', async () => {
    await expect(
      (globalThis as unknown as { Word: typeof Word }).Word.run(async (context) => context.document.body.getOoxml().value),
    ).rejects.toBeInstanceOf(PropertyNotLoadedError);
  });

  it('throws when a collection is read without load', async () => {
    await expect(
      (globalThis as unknown as { Word: typeof Word }).Word.run(async (context) => {
        const controls = context.document.body.contentControls.getByTag('kh:lead');
        await context.sync();
        return controls.items.length;
      }),
    ).rejects.toBeInstanceOf(PropertyNotLoadedError);
  });
});

describe('WordHost.convertLegacyText (the legacy-encoding fix)', () => {
  /** A paragraph as Word's `paragraph.getOoxml()` gives it: a flat OPC package with the styles. */
  const paragraphPackage = (p: string) => blocksToFlatOpc([{ type: 'paragraph', inlines: [{ text: '' }] }]).replace(/<w:body>[\s\S]*<\/w:body>/, `<w:body>${p}</w:body>`);
  const tcvn3 = (text: string) => `<w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t>${text}</w:t></w:r>`;
  const unicode = (text: string) => `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr><w:t>${text}</w:t></w:r>`;
  const LEGACY = paragraphPackage(`<w:p>${tcvn3('Thùc hiÖn kÕ ho¹ch')}</w:p>`);
  const MIXED = paragraphPackage(`<w:p><w:bookmarkStart w:id="0" w:name="muc_tieu"/>${unicode('Mục tiêu: ')}${tcvn3('hoµn thµnh')}<w:bookmarkEnd w:id="0"/></w:p>`);
  const PLAIN = paragraphPackage(`<w:p>${unicode('Thời gian thực hiện: năm 2026')}</w:p>`);
  const textOf = (ooxml: string | undefined) => readFlatOpc(ooxml!, 'x').paragraphs[0];

  function openParagraphs(ooxml: string[], tags: (string | undefined)[] = []): void {
    uninstall();
    fake = FakeWord.document(ooxml.map((o, i) => ({ text: '', ooxml: o, tag: tags[i] })));
    uninstall = fake.install();
  }

  it('rewrites only the paragraphs with TCVN3 runs, in Unicode and Times New Roman, and says how many runs changed', async () => {
    openParagraphs([PLAIN, LEGACY, PLAIN, MIXED]);
    expect(await host.convertLegacyText()).toBe(2);
    expect(fake.state.insertedOoxml.map(({ location, at }) => ({ location, at }))).toEqual([{ location: 'Replace', at: 2 }, { location: 'Replace', at: 4 }]);
    const converted = textOf(fake.state.paragraphs[1].ooxml);
    expect([converted.text, converted.run?.font]).toEqual(['Thực hiện kế hoạch', 'Times New Roman']);
    expect(textOf(fake.state.paragraphs[3].ooxml).text).toBe('Mục tiêu: hoàn thành');
    // The mixed paragraph keeps its bookmark; the Unicode paragraphs are not written at all.
    expect(fake.state.paragraphs[3].ooxml).toContain('<w:bookmarkStart w:id="0" w:name="muc_tieu"/>');
    expect([fake.state.paragraphs[0].ooxml, fake.state.paragraphs[2].ooxml]).toEqual([PLAIN, PLAIN]);
  });

  it('leaves a legacy paragraph inside a content control, or holding one, as it is, so the field keeps its control and tag', async () => {
    const HOLDING = paragraphPackage(`<w:p><w:sdt><w:sdtPr><w:tag w:val="kh:lead"/></w:sdtPr><w:sdtContent>${tcvn3('Phßng V¨n hãa')}</w:sdtContent></w:sdt></w:p>`);
    openParagraphs([LEGACY, LEGACY, HOLDING], [undefined, 'kh:lead', undefined]);
    expect(await host.convertLegacyText()).toBe(1);
    expect(fake.state.insertedOoxml.map((i) => i.at)).toEqual([1]);
    expect(fake.state.paragraphs[1]).toMatchObject({ tag: 'kh:lead', ooxml: LEGACY });
    expect(fake.state.paragraphs[2].ooxml).toBe(HOLDING);
  });

  it('costs the same three syncs in one Word.run for one legacy paragraph as for fifty', async () => {
    const cost = async (legacy: number) => {
      openParagraphs([...Array.from({ length: legacy }, () => LEGACY), ...Array.from({ length: 20 }, () => PLAIN)]);
      expect(await host.convertLegacyText()).toBe(legacy);
      return [fake.runs, fake.syncs];
    };
    expect(await cost(1)).toEqual([1, 3]);
    expect(await cost(50)).toEqual([1, 3]);
  });

  it('reads only the fonts, in one sync, and writes nothing when no paragraph is in a legacy or mixed font', async () => {
    openParagraphs([PLAIN, PLAIN]);
    expect(await host.convertLegacyText()).toBe(0);
    expect([fake.syncs, fake.state.insertedOoxml.length]).toEqual([1, 0]);
  });

  it('writes nothing when a mixed-font paragraph turns out to hold no legacy run', async () => {
    openParagraphs([paragraphPackage(`<w:p>${unicode('Căn cứ ')}<w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr><w:t>Luật</w:t></w:r></w:p>`)]);
    expect(await host.convertLegacyText()).toBe(0);
    expect([fake.syncs, fake.state.insertedOoxml.length]).toEqual([2, 0]);
  });
});

describe('WordHost', () => {
  it('reads the whole document in one sync, through the same OOXML reader as a .docx', async () => {
    const snapshot = await host.readSnapshot();
    expect(fake.syncs).toBe(1);
    expect(snapshot.source).toBe('KH xã.docx');
    const lead = snapshot.paragraphs.find((p) => p.text.startsWith('Đơn vị chủ trì'));
    expect(lead?.text).toBe('Đơn vị chủ trì: Phòng Văn hóa - Xã hội');
    expect(snapshot.paragraphs.some((p) => p.tags.includes('kh:lead'))).toBe(true);
  });

  it('inserts a plan after the selection in one Word.run and one sync, as flat OPC, and says how many paragraphs it added', async () => {
    await host.selectParagraph(2);
    fake.syncs = 0;
    fake.runs = 0;
    const inserted = await host.insertBlocks(PLAN);
    expect(fake.runs).toBe(1);
    expect(fake.syncs).toBe(1);
    expect(inserted).toEqual({ paragraphs: PLAN.length, first: null });
    expect(fake.state.insertedOoxml).toHaveLength(1);
    expect(fake.state.insertedOoxml[0].location).toBe('After');
    expect(fake.state.insertedOoxml[0].at).toBe(2);
    expect(fake.state.insertedOoxml[0].ooxml).toContain('pkg:package');
    expect(fake.state.insertedOoxml[0].ooxml).toContain('Phòng Văn hóa - Xã hội');
  });

  it('inserts a section after a given paragraph in one Word.run and one sync', async () => {
    fake.runs = 0;
    const inserted = await host.insertBlocks(PLAN, 3);
    expect([fake.runs, fake.syncs]).toEqual([1, 1]);
    expect(fake.state.insertedOoxml.map(({ location, at }) => ({ location, at }))).toEqual([{ location: 'After', at: 3 }]);
    expect(inserted.paragraphs).toBe(PLAN.length);
    await host.insertBlocks(PLAN, 0);
    expect(fake.state.insertedOoxml[1]).toMatchObject({ location: 'Start', at: 0 });
  });

  it('says in Vietnamese that the paragraph to insert after is gone', async () => {
    await expect(host.insertBlocks(PLAN, 99)).rejects.toThrow('không có đoạn số 99 trong tài liệu');
  });

  it('inserts nothing and makes no round trip for an empty selection of sections', async () => {
    await host.insertBlocks([]);
    expect(fake.syncs).toBe(0);
  });

  it('selects a finding’s paragraph in one sync, however deep in the document', async () => {
    uninstall();
    open(Array.from({ length: 500 }, (_, i) => `Đoạn ${i + 1}`));
    await host.selectParagraph(437);
    expect(fake.syncs).toBe(1);
    expect(fake.state.selection).toBe(437);
    // The cost moves into the one request: the navigations resolve there, the select is its one queued action.
    expect(fake.queuedPerSync).toEqual([1]);
  });

  it('says in Vietnamese that a paragraph past the end is gone (Word finds out when the batch runs)', async () => {
    await expect(host.selectParagraph(99)).rejects.toThrow('không có đoạn số 99 trong tài liệu (tài liệu đã thay đổi? hãy kiểm tra lại)');
    expect(fake.syncs).toBe(1);
  });

  it('says in Vietnamese when the paragraph does not exist', async () => {
    await expect(host.selectParagraph(0)).rejects.toThrow('không có đoạn số 0');
  });

  it('inserts the lead unit a fix offers as a tagged control after the task, in one sync', async () => {
    await host.insertParagraphAfter(3, 'Đơn vị chủ trì: Văn phòng HĐND và UBND xã', 'kh:lead');
    expect(fake.syncs).toBe(1);
    expect(fake.state.paragraphs[3]).toEqual({ text: 'Đơn vị chủ trì: Văn phòng HĐND và UBND xã', tag: 'kh:lead', controlTitle: 'Đơn vị chủ trì' });
    expect(fake.state.paragraphs[4].text).toBe('Thời gian thực hiện: năm 2026');
  });

  it('stores the parent link as a custom XML part and reads it back (WordApi 1.4)', async () => {
    fake.state.customXmlParts.push({ id: 'old', xml: serializeParentLink({ ...LINK, number: '1/KH-UBND' }) });
    await host.writeParentLink(LINK);
    expect(fake.syncs).toBe(2);
    expect(fake.state.customXmlParts).toHaveLength(1);
    expect(await host.readParentLink()).toEqual(LINK);
  });

  it('reads no link from a document that has none', async () => {
    expect(await host.readParentLink()).toBeNull();
  });

  it('falls back to document settings where WordApi 1.4 is missing', async () => {
    uninstall();
    open(['KẾ HOẠCH'], ['WordApi 1.3']);
    await host.writeParentLink(LINK);
    expect(fake.state.settingsSaves).toBe(1);
    expect(fake.syncs).toBe(0);
    expect(await host.readParentLink()).toEqual(LINK);
    expect((await host.readSnapshot()).parentLink).toEqual(LINK);
  });

  it('reports a damaged stored link as a Vietnamese input error', async () => {
    uninstall();
    open(['KẾ HOẠCH'], ['WordApi 1.3']);
    fake.state.settings.set(PARENT_LINK_SETTING, '{"kind":');
    await expect(host.readParentLink()).rejects.toThrow('liên kết kế hoạch cấp trên lưu trong tài liệu bị hỏng');
  });

  it('updates every parent-citation field in two syncs and says how many', async () => {
    uninstall();
    open([]);
    fake.state.paragraphs.push({ text: 'Kế hoạch số 1/KH-UBND', tag: 'kh:parent-citation' }, { text: 'khác' }, { text: 'Kế hoạch số 1/KH-UBND', tag: 'kh:parent-citation' });
    const n = await host.replaceFieldText('kh:parent-citation', 'Kế hoạch số 163/KH-UBND ngày 12/5/2026');
    expect(n).toBe(2);
    expect(fake.syncs).toBe(2);
    expect(fake.state.paragraphs.map((p) => p.text)).toEqual(['Kế hoạch số 163/KH-UBND ngày 12/5/2026', 'khác', 'Kế hoạch số 163/KH-UBND ngày 12/5/2026']);
  });
});
