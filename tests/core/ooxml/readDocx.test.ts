import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/core/ooxml/readDocx';
import { docxWithBody, documentXml, handmadeDocx, p, W_NS } from '../../fixtures/docx/handmadeDocx';

const texts = (bytes: Uint8Array) => readDocx(bytes, 'kh.docx').paragraphs.map((x) => x.text);

describe('readDocx: text of each paragraph', () => {
  it('reads paragraphs in body order, 1-based', () => {
    const snap = readDocx(docxWithBody(p('I. MỤC ĐÍCH, YÊU CẦU') + p('1. Mục đích')), 'kh.docx');
    expect(snap.source).toBe('kh.docx');
    expect(snap.paragraphs.map((x) => [x.index, x.text])).toEqual([
      [1, 'I. MỤC ĐÍCH, YÊU CẦU'],
      [2, '1. Mục đích'],
    ]);
  });

  it('joins the runs of a paragraph and keeps tabs and line breaks as \\t and \\n', () => {
    const body = '<w:p><w:r><w:t>Đơn vị</w:t></w:r><w:r><w:t xml:space="preserve"> chủ trì:</w:t><w:tab/><w:t>Sở Nội vụ</w:t><w:br/><w:t>Sở Tài chính</w:t><w:cr/><w:t>hết</w:t></w:r></w:p>';
    expect(texts(docxWithBody(body))).toEqual(['Đơn vị chủ trì:\tSở Nội vụ\nSở Tài chính\nhết']);
  });

  it('gives text typed in decomposed Unicode (NFD) back in NFC', () => {
    const nfd = 'Hòa Bình, ngày 05 tháng 6'.normalize('NFD');
    const [text] = texts(docxWithBody(p(nfd)));
    expect(text).toBe('Hòa Bình, ngày 05 tháng 6'.normalize('NFC'));
    expect(text.length).toBeLessThan(nfd.length);
  });

  it('leaves out deleted tracked text and keeps inserted tracked text', () => {
    const body = '<w:p><w:r><w:t xml:space="preserve">Thời gian thực hiện: </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>Quý III</w:delText></w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t>Quý IV năm 2026</w:t></w:r></w:ins></w:p>';
    expect(texts(docxWithBody(body))).toEqual(['Thời gian thực hiện: Quý IV năm 2026']);
  });

  it('reads a symbol character and a non-breaking hyphen', () => {
    const body = '<w:p><w:r><w:sym w:font="Symbol" w:char="F02D"/><w:t xml:space="preserve"> 2026</w:t><w:noBreakHyphen/><w:t>2030</w:t></w:r></w:p>';
    expect(texts(docxWithBody(body))).toEqual(['- 2026-2030']);
  });

  it('reads a Wingdings tick as a bullet, not as the Latin letter of its code', () => {
    const body = '<w:p><w:r><w:sym w:font="Wingdings" w:char="F0FC"/><w:t xml:space="preserve"> Đã hoàn thành</w:t></w:r></w:p>';
    expect(texts(docxWithBody(body))).toEqual(['• Đã hoàn thành']);
  });

  it('reads a text box once, not once per mc:Choice and mc:Fallback', () => {
    const box = (t: string) => `<w:txbxContent>${p(t)}</w:txbxContent>`;
    const body = `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${box('Hộp chữ')}</w:drawing></mc:Choice><mc:Fallback><w:pict>${box('Hộp chữ')}</w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Sau hộp</w:t></w:r></w:p>`;
    expect(texts(docxWithBody(body))).toEqual(['Hộp chữ', 'Sau hộp']);
  });

  it('unescapes entities exactly once', () => {
    expect(texts(docxWithBody(p('A &amp; B &lt;C&gt; &quot;D&quot; &apos;E&apos; &amp;amp;')))).toEqual([`A & B <C> "D" 'E' &amp;`]);
  });

  it('keeps empty paragraphs so numbering matches the document', () => {
    expect(texts(docxWithBody(p('a') + '<w:p/>' + p('b')))).toEqual(['a', '', 'b']);
  });

  it('reads a document saved as Strict Open XML', () => {
    const xml = '<s:document xmlns:s="http://purl.oclc.org/ooxml/wordprocessingml/main"><s:body><s:p><s:r><s:rPr><s:b/></s:rPr><s:t>Kế hoạch</s:t></s:r></s:p></s:body></s:document>';
    const [para] = readDocx(handmadeDocx({ 'word/document.xml': xml }), 'kh.docx').paragraphs;
    expect(para).toMatchObject({ text: 'Kế hoạch', run: { bold: true } });
  });

  it('accepts a producer that binds WordprocessingML to another prefix', () => {
    const xml = documentXml('<x:p><x:r><x:t>Kế hoạch</x:t></x:r></x:p>', 'x');
    expect(texts(handmadeDocx({ 'word/document.xml': xml }))).toEqual(['Kế hoạch']);
  });
});

describe('readDocx: tables', () => {
  it('reads table cells row by row with their table, row and column', () => {
    const row = (a: string, b: string) => `<w:tr><w:tc>${p(a)}</w:tc><w:tc>${p(b)}</w:tc></w:tr>`;
    const body = p('trước') + `<w:tbl><w:tblGrid/>${row('TT', 'Nhiệm vụ')}${row('1', 'Tuyên truyền')}</w:tbl>` + p('sau');
    const snap = readDocx(docxWithBody(body), 'kh.docx');
    expect(snap.paragraphs.map((x) => [x.text, x.cell ?? null])).toEqual([
      ['trước', null],
      ['TT', { table: 0, row: 0, column: 0 }],
      ['Nhiệm vụ', { table: 0, row: 0, column: 1 }],
      ['1', { table: 0, row: 1, column: 0 }],
      ['Tuyên truyền', { table: 0, row: 1, column: 1 }],
      ['sau', null],
    ]);
  });

  it('numbers a nested table on its own and returns to the outer cell after it', () => {
    const inner = `<w:tbl><w:tr><w:tc>${p('trong')}</w:tc></w:tr></w:tbl>`;
    const body = `<w:tbl><w:tr><w:tc>${p('ngoài 1')}${inner}${p('ngoài 2')}</w:tc><w:tc>${p('cột 2')}</w:tc></w:tr></w:tbl><w:tbl><w:tr><w:tc>${p('bảng sau')}</w:tc></w:tr></w:tbl>`;
    const cells = readDocx(docxWithBody(body), 'kh.docx').paragraphs.map((x) => [x.text, x.cell]);
    expect(cells).toEqual([
      ['ngoài 1', { table: 0, row: 0, column: 0 }],
      ['trong', { table: 1, row: 0, column: 0, outer: { table: 0, row: 0, column: 0 } }],
      ['ngoài 2', { table: 0, row: 0, column: 0 }],
      ['cột 2', { table: 0, row: 0, column: 1 }],
      ['bảng sau', { table: 2, row: 0, column: 0 }],
    ]);
  });
});

describe('readDocx: content controls', () => {
  const sdt = (tag: string, content: string) => `<w:sdt><w:sdtPr><w:alias w:val="x"/><w:tag w:val="${tag}"/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;

  it('tags a paragraph with the run-level control inside it', () => {
    const body = `<w:p><w:r><w:t xml:space="preserve">Đơn vị chủ trì: </w:t></w:r>${sdt('kh:lead', '<w:r><w:t>Sở Nội vụ</w:t></w:r>')}</w:p>`;
    const [para] = readDocx(docxWithBody(body), 'kh.docx').paragraphs;
    expect(para.text).toBe('Đơn vị chủ trì: Sở Nội vụ');
    expect(para.tags).toEqual(['kh:lead']);
  });

  it('gives nested block and run controls outermost first', () => {
    const inner = `<w:p>${sdt('kh:timing', '<w:r><w:t>Quý IV</w:t></w:r>')}</w:p>`;
    const body = sdt('kh:section', sdt('kh:task', inner)) + p('ngoài');
    const snap = readDocx(docxWithBody(body), 'kh.docx');
    expect(snap.paragraphs.map((x) => x.tags)).toEqual([['kh:section', 'kh:task', 'kh:timing'], []]);
  });

  it('gives each field control its own text, so the value needs no label parsing', () => {
    const body = `<w:p><w:r><w:t xml:space="preserve">Đơn vị chủ trì: </w:t></w:r>${sdt('kh:lead', '<w:r><w:t>Sở </w:t></w:r><w:r><w:t>Nội vụ</w:t></w:r>')}<w:r><w:t>; phối hợp: </w:t></w:r>${sdt('kh:cooperating', '<w:r><w:t>Sở Tài chính</w:t></w:r>')}</w:p>`;
    expect(readDocx(docxWithBody(body), 'kh.docx').paragraphs[0].fields).toEqual([
      { tag: 'kh:lead', text: 'Sở Nội vụ' },
      { tag: 'kh:cooperating', text: 'Sở Tài chính' },
    ]);
  });

  it('gives an empty control an empty field, and a block control the paragraph text', () => {
    const body = `<w:p><w:r><w:t xml:space="preserve">Thời gian thực hiện: </w:t></w:r>${sdt('kh:timing', '')}</w:p>` + sdt('kh:report-deadline', p('Báo cáo trước ngày 15/12'));
    const [timing, report] = readDocx(docxWithBody(body), 'kh.docx').paragraphs;
    expect(timing.fields).toEqual([{ tag: 'kh:timing', text: '' }]);
    expect(report.fields).toEqual([{ tag: 'kh:report-deadline', text: 'Báo cáo trước ngày 15/12' }]);
  });

  it("leaves out the prompt Word shows in an empty control (showingPlcHdr), so the field reads empty", () => {
    const prompt = '<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>Bấm vào đây để nhập văn bản.</w:t></w:r>';
    const empty = `<w:sdt><w:sdtPr><w:tag w:val="kh:lead"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>${prompt}</w:sdtContent></w:sdt>`;
    const body = `<w:p><w:r><w:t xml:space="preserve">Đơn vị chủ trì: </w:t></w:r>${empty}</w:p>` + `<w:sdt><w:sdtPr><w:tag w:val="kh:timing"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p>${prompt}</w:p></w:sdtContent></w:sdt>` + p('sau');
    const snap = readDocx(docxWithBody(body), 'kh.docx');
    expect(snap.paragraphs.map((x) => x.text)).toEqual(['Đơn vị chủ trì: ', '', 'sau']);
    expect(snap.paragraphs[0].fields).toEqual([{ tag: 'kh:lead', text: '' }]);
    expect(snap.paragraphs[1].fields).toEqual([{ tag: 'kh:timing', text: '' }]);
  });

  it('has no fields on a paragraph without controls', () => {
    expect(readDocx(docxWithBody(p('Đơn vị chủ trì: Sở Nội vụ')), 'kh.docx').paragraphs[0].fields).toBeUndefined();
  });

  it('does not carry a run-level tag over to the next paragraph', () => {
    const body = `<w:p>${sdt('kh:lead', '<w:r><w:t>A</w:t></w:r>')}</w:p>` + p('B');
    expect(readDocx(docxWithBody(body), 'kh.docx').paragraphs.map((x) => x.tags)).toEqual([['kh:lead'], []]);
  });

  it('reads the paragraphs of a control in a table cell with both the tag and the cell', () => {
    const body = `<w:tbl><w:tr><w:tc>${sdt('kh:lead', p('Sở Y tế'))}</w:tc></w:tr></w:tbl>`;
    const [para] = readDocx(docxWithBody(body), 'kh.docx').paragraphs;
    expect(para).toMatchObject({ text: 'Sở Y tế', tags: ['kh:lead'], cell: { table: 0, row: 0, column: 0 } });
  });
});

describe('readDocx: formatting', () => {
  const styles =
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="22"/></w:rPr></w:rPrDefault>' +
    '<w:pPrDefault><w:pPr><w:spacing w:after="160"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Tiu"><w:name w:val="Tiêu đề mục"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:caps/></w:rPr></w:style>' +
    '<w:style w:type="character" w:styleId="Nhn"><w:name w:val="Nhấn"/><w:rPr><w:i/></w:rPr></w:style>';

  it('resolves the style chain: docDefaults, basedOn, then the style itself', () => {
    const [para] = readDocx(docxWithBody(p('mục đích', '<w:pStyle w:val="Tiu"/>'), styles), 'kh.docx').paragraphs;
    expect(para.style).toBe('Tiu');
    expect(para.styleName).toBe('Tiêu đề mục');
    expect(para.run).toEqual({ bold: true, allCaps: true, sizePt: 14, font: 'Times New Roman' });
    expect(para.format).toEqual({ alignment: 'center', spaceAfterPt: 8 });
  });

  it('gives a paragraph without pStyle the default paragraph style', () => {
    const [para] = readDocx(docxWithBody(p('thân'), styles), 'kh.docx').paragraphs;
    expect(para.style).toBe('Normal');
    expect(para.run).toMatchObject({ sizePt: 14, font: 'Times New Roman' });
  });

  it('takes the formatting of the runs that carry most of the text', () => {
    const body = '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>1.</w:t></w:r><w:r><w:rPr><w:i/><w:sz w:val="26"/></w:rPr><w:t xml:space="preserve"> Căn cứ Luật Tổ chức chính quyền địa phương</w:t></w:r></w:p>';
    const [para] = readDocx(docxWithBody(body, styles), 'kh.docx').paragraphs;
    expect(para.run).toEqual({ italic: true, sizePt: 13, font: 'Times New Roman' });
  });

  it('applies character styles and lets direct formatting switch bold off', () => {
    const body = '<w:p><w:pPr><w:pStyle w:val="Tiu"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Nhn"/><w:b w:val="0"/></w:rPr><w:t>nội dung</w:t></w:r></w:p>';
    const [para] = readDocx(docxWithBody(body, styles), 'kh.docx').paragraphs;
    expect(para.run).toEqual({ italic: true, allCaps: true, sizePt: 14, font: 'Times New Roman' });
  });

  it('lets a bold character style on a bold paragraph style cancel out, as Word toggles it', () => {
    const strong = '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>';
    const body = '<w:p><w:pPr><w:pStyle w:val="Tiu"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>không đậm</w:t></w:r></w:p>';
    expect(readDocx(docxWithBody(body, styles + strong), 'kh.docx').paragraphs[0].run?.bold).toBeUndefined();
    const direct = '<w:p><w:pPr><w:pStyle w:val="Tiu"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Strong"/><w:b/></w:rPr><w:t>đậm</w:t></w:r></w:p>';
    expect(readDocx(docxWithBody(direct, styles + strong), 'kh.docx').paragraphs[0].run?.bold).toBe(true);
  });

  it('ignores the paragraph mark formatting and tracked old formatting', () => {
    const body = '<w:p><w:pPr><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:pPr><w:r><w:rPr><w:sz w:val="26"/><w:rPrChange w:id="1" w:author="A"><w:rPr><w:sz w:val="48"/></w:rPr></w:rPrChange></w:rPr><w:t>x</w:t></w:r></w:p>';
    const [para] = readDocx(docxWithBody(body), 'kh.docx').paragraphs;
    expect(para.run).toEqual({ sizePt: 13 });
  });

  it('reads alignment, first-line indent in cm and spacing in pt', () => {
    const [para] = readDocx(docxWithBody(p('thân', '<w:spacing w:before="120" w:after="240"/><w:ind w:firstLine="720"/><w:jc w:val="both"/>')), 'kh.docx').paragraphs;
    expect(para.format).toEqual({ alignment: 'both', firstLineIndentCm: 1.27, spaceBeforePt: 6, spaceAfterPt: 12 });
  });

  it('gives a hanging indent as a negative first-line indent', () => {
    const [para] = readDocx(docxWithBody(p('- Lưu: VT.', '<w:ind w:left="567" w:hanging="567"/>')), 'kh.docx').paragraphs;
    expect(para.format?.firstLineIndentCm).toBe(-1);
  });

  it('resolves a theme font through theme1.xml', () => {
    const theme = '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme name="x"><a:majorFont><a:latin typeface="Cambria"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>';
    const bytes = handmadeDocx({
      'word/document.xml': documentXml(p('x')),
      'word/styles.xml': `<w:styles xmlns:w="${W_NS}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>`,
      'word/theme/theme1.xml': theme,
    });
    expect(readDocx(bytes, 'kh.docx').paragraphs[0].run?.font).toBe('Calibri');
  });

  it('takes the font of the nearest layer: a style name over a theme slot below it, a character style over the paragraph style, the run font over both', () => {
    const theme = '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme name="x"><a:majorFont><a:latin typeface="Cambria"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>';
    const sheet =
      '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/></w:rPr></w:rPrDefault></w:docDefaults>' +
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr></w:style>' +
      '<w:style w:type="character" w:styleId="fontstyle01"><w:rPr><w:rFonts w:ascii="TimesNewRomanPSMT" w:hAnsi="TimesNewRomanPSMT"/></w:rPr></w:style>' +
      '<w:style w:type="character" w:styleId="Themed"><w:rPr><w:rFonts w:asciiTheme="majorHAnsi"/></w:rPr></w:style>';
    const run = (props: string, text: string) => `<w:p><w:r><w:rPr>${props}</w:rPr><w:t>${text}</w:t></w:r></w:p>`;
    const body =
      p('thân bài') +
      run('<w:rStyle w:val="fontstyle01"/>', 'kiểu ký tự') +
      run('<w:rStyle w:val="fontstyle01"/><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>', 'phông riêng của đoạn chữ') +
      run('<w:rStyle w:val="Themed"/>', 'phông theo chủ đề');
    const bytes = handmadeDocx({ 'word/document.xml': documentXml(body), 'word/styles.xml': `<w:styles xmlns:w="${W_NS}">${sheet}</w:styles>`, 'word/theme/theme1.xml': theme });
    expect(readDocx(bytes, 'kh.docx').paragraphs.map((x) => x.run?.font)).toEqual(['Times New Roman', 'TimesNewRomanPSMT', 'Times New Roman', 'Cambria']);
  });

  it('notes legacy Vietnamese fonts (TCVN3, VNI) and only when present', () => {
    const legacy = '<w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t>KÕ ho¹ch</w:t></w:r></w:p><w:p><w:r><w:rPr><w:rFonts w:ascii="VNI-Times"/></w:rPr><w:t>Keá hoaïch</w:t></w:r></w:p>';
    expect(readDocx(docxWithBody(legacy), 'kh.docx').legacyFonts).toEqual(['.VnTime', 'VNI-Times']);
    expect(readDocx(docxWithBody('<w:p><w:r><w:rPr><w:rFonts w:ascii="Times New Roman"/></w:rPr><w:t>Kế hoạch</w:t></w:r></w:p>'), 'kh.docx').legacyFonts).toBeUndefined();
  });
});

describe('readDocx: page setup', () => {
  it('reads A4 size and margins in mm from the final section', () => {
    const sect = (w: number, top: number) => `<w:sectPr><w:pgSz w:w="${w}" w:h="16838"/><w:pgMar w:top="${top}" w:right="850" w:bottom="1134" w:left="1701"/></w:sectPr>`;
    const body = `<w:p><w:pPr>${sect(16838, 500)}</w:pPr></w:p>` + p('x') + sect(11906, 1134);
    expect(readDocx(docxWithBody(body), 'kh.docx').page).toEqual({ widthMm: 210, heightMm: 297, marginTopMm: 20, marginBottomMm: 20, marginLeftMm: 30, marginRightMm: 15 });
  });

  it('has no page when the document gives none', () => {
    expect(readDocx(docxWithBody(p('x')), 'kh.docx').page).toBeUndefined();
  });
});
