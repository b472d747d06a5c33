import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/core/checks/engine';
import { legacyEncoding } from '../../../src/core/checks/rules/form/legacyEncoding';
import { trackedChanges } from '../../../src/core/checks/rules/form/trackedChanges';
import { readDocx } from '../../../src/core/ooxml/readDocx';
import { readFlatOpc } from '../../../src/core/ooxml/readFlatOpc';
import { readPlan } from '../../../src/core/plan/readPlan';
import { documentXml, handmadeDocx, p, W_NS } from '../../fixtures/docx/handmadeDocx';

const part = (root: string, inner: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${root} xmlns:w="${W_NS}">${inner}</w:${root}>`;
/** A PAGE field as Word writes it, showing its last result. */
const pageField = (shown: string) =>
  `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${shown}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
const read = (body: string, parts: Record<string, string> = {}) => readDocx(handmadeDocx({ 'word/document.xml': documentXml(body), ...parts }), 'kh.docx');

describe('readDocx: headers and footers', () => {
  it('reads a header\'s "DỰ THẢO" and says which header prints the page number', () => {
    const snap = read(p('KẾ HOẠCH'), {
      'word/header1.xml': part('hdr', p('DỰ THẢO')),
      'word/header2.xml': part('hdr', pageField('2')),
      'word/footer1.xml': part('ftr', `<w:p><w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple></w:p>`),
    });
    expect(snap.outsideBody).toEqual([
      { kind: 'footer', part: 'word/footer1.xml', text: '3', pageNumber: true },
      { kind: 'header', part: 'word/header1.xml', text: 'DỰ THẢO' },
      { kind: 'header', part: 'word/header2.xml', text: '2', pageNumber: true },
    ]);
  });

  it('keeps headers out of the body: paragraph numbers are the body\'s alone', () => {
    const snap = read(p('KẾ HOẠCH') + p('Công tác năm 2026'), { 'word/header1.xml': part('hdr', p('DỰ THẢO') + p('Lần 2')) });
    expect(snap.paragraphs.map((x) => [x.index, x.text])).toEqual([
      [1, 'KẾ HOẠCH'],
      [2, 'Công tác năm 2026'],
    ]);
    expect(snap.outsideBody?.[0].text).toBe('DỰ THẢO\nLần 2');
  });

  it('has no outsideBody when the document has neither headers nor notes', () => {
    expect(read(p('KẾ HOẠCH')).outsideBody).toBeUndefined();
  });
});

describe('readDocx: footnotes, endnotes and comments', () => {
  const reference = (kind: 'footnote' | 'endnote', id: number) => `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:${kind}Reference w:id="${id}"/></w:r>`;
  const note = (kind: 'footnote' | 'endnote', id: number, text: string, type = '') =>
    `<w:${kind} ${type ? `w:type="${type}" ` : ''}w:id="${id}"><w:p><w:r><w:${kind}Ref/></w:r><w:r><w:t xml:space="preserve"> ${text}</w:t></w:r></w:p></w:${kind}>`;
  const body =
    p('Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;') +
    `<w:p><w:r><w:t>Triển khai các quyết định của UBND tỉnh</w:t></w:r>${reference('footnote', 2)}<w:r><w:t>.</w:t></w:r></w:p>` +
    `<w:p><w:r><w:t>Xem thêm phụ lục</w:t></w:r>${reference('endnote', 1)}</w:p>`;
  const notes = {
    'word/footnotes.xml': part('footnotes', note('footnote', -1, '', 'separator') + note('footnote', 0, '', 'continuationSeparator') + note('footnote', 2, 'Quyết định số 01/2026/QĐ-UBND ngày 05/01/2026 của UBND tỉnh.')),
    'word/endnotes.xml': part('endnotes', note('endnote', 1, 'Phụ lục kèm theo.')),
  };

  it('reads each note with the body paragraph its mark is in, and leaves out the separator lines', () => {
    expect(read(body, notes).outsideBody).toEqual([
      { kind: 'endnote', part: 'word/endnotes.xml', id: '1', text: 'Phụ lục kèm theo.', paragraph: 3 },
      { kind: 'footnote', part: 'word/footnotes.xml', id: '2', text: 'Quyết định số 01/2026/QĐ-UBND ngày 05/01/2026 của UBND tỉnh.', paragraph: 2 },
    ]);
  });

  it('does not take a citation in a footnote for one of the plan\'s references, and leaves the body text as printed', () => {
    const snap = read(body, notes);
    expect(snap.paragraphs[1].text).toBe('Triển khai các quyết định của UBND tỉnh.');
    expect(readPlan(snap).references.map((r) => r.number)).not.toContain('01/2026/QĐ-UBND');
  });

  it('reads a reviewer\'s comment with its author and the paragraph it is anchored in', () => {
    const anchored = `<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>Thời gian thực hiện: Quý IV</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>`;
    const comments = part('comments', `<w:comment w:id="0" w:author="Phòng Tư pháp" w:date="2026-05-02T08:00:00Z">${p('Ghi rõ năm.')}</w:comment>`);
    expect(read(p('KẾ HOẠCH') + anchored, { 'word/comments.xml': comments }).outsideBody).toEqual([{ kind: 'comment', part: 'word/comments.xml', id: '0', text: 'Ghi rõ năm.', paragraph: 2, author: 'Phòng Tư pháp' }]);
  });
});

describe('readDocx: tracked changes', () => {
  it('reads the text as it would print, and says the document still has revisions', () => {
    const body = '<w:p><w:r><w:t xml:space="preserve">Hoàn thành </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>trong Quý III</w:delText></w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t>trước ngày 15/11/2026</w:t></w:r></w:ins></w:p>' +
      '<w:p><w:r><w:rPr><w:b/><w:rPrChange w:id="3" w:author="A"><w:rPr/></w:rPrChange></w:rPr><w:t>II. NHIỆM VỤ</w:t></w:r></w:p>';
    const snap = read(body);
    expect(snap.paragraphs.map((x) => x.text)).toEqual(['Hoàn thành trước ngày 15/11/2026', 'II. NHIỆM VỤ']);
    expect(snap.trackedChanges).toEqual({ insertions: 1, deletions: 1, formatting: 1, paragraph: 1 });
  });

  it('says so once, as info, at the first revised paragraph (tracked-changes)', () => {
    const body = p('KẾ HOẠCH') + '<w:p><w:r><w:t xml:space="preserve">Hoàn thành </w:t></w:r><w:ins w:id="2" w:author="A"><w:r><w:t>trước ngày 15/11/2026</w:t></w:r></w:ins></w:p>' + '<w:p><w:del w:id="3" w:author="A"><w:r><w:delText>Nội dung cũ</w:delText></w:r></w:del></w:p>';
    const snapshot = read(body);
    const found = checkPlan({ plan: readPlan(snapshot), snapshot, parent: null }, {}, [trackedChanges]);
    expect(found.map((f) => [f.rule, f.severity, f.location.paragraph])).toEqual([['tracked-changes', 'info', 2]]);
    expect(found[0].message).toMatch(/^Văn bản còn 2 thay đổi được theo dõi \(Track Changes\)/);
    expect(checkPlan({ plan: readPlan(read(p('KẾ HOẠCH'))), snapshot: read(p('KẾ HOẠCH')), parent: null }, {}, [trackedChanges])).toEqual([]);
  });

  it('counts the revisions of a footnote too, and none in a clean document', () => {
    const footnotes = part('footnotes', '<w:footnote w:id="1"><w:p><w:del w:id="9" w:author="A"><w:r><w:delText>cũ</w:delText></w:r></w:del><w:r><w:t>Ghi chú</w:t></w:r></w:p></w:footnote>');
    expect(read(p('KẾ HOẠCH'), { 'word/footnotes.xml': footnotes }).trackedChanges).toEqual({ insertions: 0, deletions: 1, formatting: 0 });
    expect(read(p('KẾ HOẠCH')).trackedChanges).toBeUndefined();
  });
});

describe('readDocx: text boxes', () => {
  it('reads a text box drawn the old way (VML only, no mc:AlternateContent) once, before the paragraph that anchors it', () => {
    const box = `<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>${p('DỰ THẢO')}</w:txbxContent></v:textbox></v:shape></w:pict></w:r><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>`;
    expect(read(box).paragraphs.map((x) => x.text)).toEqual(['DỰ THẢO', 'KẾ HOẠCH']);
  });
});

describe('legacy-encoding judges the text a reader sees', () => {
  // A Normal style set in .VnTime, as offices' old templates still are; the text itself in Times New Roman.
  const styles = `<w:styles xmlns:w="${W_NS}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:style></w:styles>`;
  const unicode = (text: string) => `<w:p><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr><w:t>${text}</w:t></w:r></w:p>`;
  const findings = (body: string) => {
    const snapshot = readDocx(handmadeDocx({ 'word/document.xml': documentXml(body), 'word/styles.xml': styles }), 'kh.docx');
    return checkPlan({ plan: readPlan(snapshot), snapshot, parent: null }, {}, [legacyEncoding]);
  };

  it('does not flag empty paragraphs, or a run of spaces, that inherit .VnTime from the Normal style', () => {
    expect(findings(unicode('KẾ HOẠCH') + '<w:p/>' + '<w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>' + unicode('Tổ chức thực hiện kế hoạch năm 2026'))).toEqual([]);
  });

  it('flags text typed in that style\'s .VnTime', () => {
    expect(findings(unicode('KẾ HOẠCH') + p('Tæ chøc thùc hiÖn')).map((f) => f.location.paragraph)).toEqual([2]);
  });
});

describe('readFlatOpc: the Word host sees the same headers and notes', () => {
  it('reads a footnote from the package body.getOoxml() returns', () => {
    const doc = documentXml(`<w:p><w:r><w:t>Căn cứ</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>`).replace(/^<\?xml[^>]*>\n/, '');
    const notes = part('footnotes', '<w:footnote w:id="1"><w:p><w:r><w:t>Ghi chú</w:t></w:r></w:p></w:footnote>').replace(/^<\?xml[^>]*>\n/, '');
    const pkg = (name: string, xml: string) => `<pkg:part pkg:name="/${name}" pkg:contentType="x"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
    const flat = `<?xml version="1.0"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">${pkg('word/document.xml', doc)}${pkg('word/footnotes.xml', notes)}</pkg:package>`;
    expect(readFlatOpc(flat, 'Word').outsideBody).toEqual([{ kind: 'footnote', part: 'word/footnotes.xml', id: '1', text: 'Ghi chú', paragraph: 1 }]);
  });
});
