import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/core/blocks';
import { readDocx } from '../../../src/core/ooxml/readDocx';
import { blocksToDocx, blocksToFlatOpc, textToDocx } from '../../../src/core/ooxml/writeDocx';
import { SAMPLE_PARENT, samplePlanBlocks } from '../../fixtures/docx/samplePlanBlocks';

const read = (blocks: Block[]) => readDocx(blocksToDocx(blocks), 'moi.docx');
const paragraph = (blocks: Block[], text: string) => {
  const found = read(blocks).paragraphs.find((p) => p.text === text);
  if (!found) throw new Error(`no paragraph "${text}" in ${JSON.stringify(read(blocks).paragraphs.map((p) => p.text))}`);
  return found;
};

function wellFormed(xml: string): boolean {
  new SaxesParser({ xmlns: true }).write(xml).close();
  return true;
}

describe('blocksToDocx: a complete package', () => {
  const parts = unzipSync(blocksToDocx(samplePlanBlocks(), { parentLink: SAMPLE_PARENT }));

  it('has every part Word needs, each well-formed XML', () => {
    for (const name of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/_rels/document.xml.rels', 'word/styles.xml', 'word/settings.xml', 'docProps/core.xml', 'customXml/item1.xml', 'customXml/itemProps1.xml', 'customXml/_rels/item1.xml.rels']) {
      expect(parts[name], name).toBeDefined();
      expect(wellFormed(strFromU8(parts[name])), name).toBe(true);
    }
  });

  it('wires the parent-link part from document.xml.rels and declares its properties part', () => {
    expect(strFromU8(parts['word/_rels/document.xml.rels'])).toContain('Target="../customXml/item1.xml"');
    expect(strFromU8(parts['[Content_Types].xml'])).toContain('PartName="/customXml/itemProps1.xml"');
  });

  it('numbers pages in the header, centred, from page 2 on (NĐ 30)', () => {
    const header = strFromU8(parts['word/header1.xml']);
    expect(header).toContain('<w:instrText xml:space="preserve"> PAGE </w:instrText>');
    expect(header).toContain('<w:jc w:val="center"/>');
    const doc = strFromU8(parts['word/document.xml']);
    expect(doc).toMatch(/<w:headerReference w:type="default" r:id="rId4"\/>/);
    expect(doc).toContain('<w:titlePg/>');
    expect(strFromU8(parts['word/_rels/document.xml.rels'])).toContain('Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"');
  });

  it('gives the same bytes for the same blocks', () => {
    expect(blocksToDocx(samplePlanBlocks())).toEqual(blocksToDocx(samplePlanBlocks()));
  });
});

describe('blocksToDocx: round trip through readDocx', () => {
  const snap = readDocx(blocksToDocx(samplePlanBlocks(), { parentLink: SAMPLE_PARENT }), 'moi.docx');
  const byText = (t: string) => snap.paragraphs.find((p) => p.text === t);

  it('reads back the parent link it stored', () => {
    expect(snap.parentLink).toEqual(SAMPLE_PARENT);
  });

  it('puts the A4 page and NĐ 30 margins in the section', () => {
    expect(snap.page).toEqual({ widthMm: 210, heightMm: 297, marginTopMm: 20, marginBottomMm: 20, marginLeftMm: 30, marginRightMm: 15 });
  });

  it('lays the header out as a two-column table: bodies left, Quốc hiệu and Tiêu ngữ right', () => {
    expect(byText('UBND TỈNH LAI CHÂU')).toMatchObject({ cell: { table: 0, row: 0, column: 0 }, run: { sizePt: 13 } });
    expect(byText('UBND TỈNH LAI CHÂU')?.run?.bold).toBeUndefined();
    expect(byText('VĂN PHÒNG')).toMatchObject({ cell: { column: 0 }, run: { bold: true, sizePt: 13 } });
    expect(byText('Số: 125/KH-VPUBND')).toMatchObject({ cell: { row: 1, column: 0 }, run: { sizePt: 13 } });
    expect(byText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatchObject({ cell: { column: 1 }, run: { bold: true, sizePt: 13 } });
    expect(byText('Độc lập - Tự do - Hạnh phúc')).toMatchObject({ cell: { column: 1 }, run: { bold: true, sizePt: 14 } });
    expect(byText('Lai Châu, ngày 05 tháng 7 năm 2026')).toMatchObject({ cell: { row: 1, column: 1 }, run: { italic: true, sizePt: 14 } });
  });

  it('centres "KẾ HOẠCH" and the trích yếu in bold 14', () => {
    expect(byText('KẾ HOẠCH')).toMatchObject({ run: { bold: true, sizePt: 14, font: 'Times New Roman' }, format: { alignment: 'center' } });
    const subject = snap.paragraphs.find((p) => p.text.startsWith('Triển khai thực hiện Chương trình'));
    expect(subject).toMatchObject({ run: { bold: true, sizePt: 14 }, format: { alignment: 'center' } });
  });

  it('types section numbering as bold upper-case text', () => {
    expect(byText('I. MỤC ĐÍCH, YÊU CẦU')).toMatchObject({ run: { bold: true, sizePt: 14 }, tags: [] });
    expect(byText('1. Mục đích')?.run?.bold).toBe(true);
  });

  it('justifies body text with a 1.27 cm first-line indent and 6 pt after', () => {
    const body = snap.paragraphs.find((p) => p.text.startsWith('Quán triệt'));
    expect(body).toMatchObject({ run: { sizePt: 14, font: 'Times New Roman' }, format: { alignment: 'both', firstLineIndentCm: 1.27, spaceAfterPt: 6 } });
    expect(body?.run?.bold).toBeUndefined();
  });

  it('tags each field paragraph with its content control', () => {
    expect(byText('Đơn vị chủ trì: Phòng Hành chính – Quản trị.')?.tags).toEqual(['kh:lead']);
    expect(byText('Đơn vị phối hợp: Các phòng, ban, trung tâm.')?.tags).toEqual(['kh:cooperating']);
    expect(byText('Thời gian thực hiện: Thường xuyên.')?.tags).toEqual(['kh:timing']);
    expect(snap.paragraphs.find((p) => p.text.includes('trước ngày 30/11 hằng năm'))?.tags).toEqual(['kh:report-deadline']);
    expect(snap.paragraphs.find((p) => p.text.startsWith('Thực hiện Kế hoạch số 4595'))?.tags).toEqual(['kh:parent-citation']);
  });

  it('reads back each field value exactly as the control holds it', () => {
    expect(byText('Đơn vị chủ trì: Phòng Hành chính – Quản trị.')?.fields).toEqual([{ tag: 'kh:lead', text: 'Phòng Hành chính – Quản trị' }]);
    expect(snap.paragraphs.find((p) => p.text.includes('hằng năm'))?.fields).toEqual([{ tag: 'kh:report-deadline', text: 'trước ngày 30/11 hằng năm' }]);
  });

  it('gives the signature block Nơi nhận 12 bold italic, recipients 11 with "- ", signer 14 bold upper case', () => {
    expect(byText('Nơi nhận:')).toMatchObject({ cell: { table: 1, column: 0 }, run: { bold: true, italic: true, sizePt: 12 } });
    expect(byText('- UBND tỉnh (b/c);')).toMatchObject({ cell: { column: 0 }, run: { sizePt: 11 } });
    expect(byText('- Lưu: VT, HCQT.')).toMatchObject({ cell: { column: 0 }, run: { sizePt: 11 } });
    expect(byText('KT. CHÁNH VĂN PHÒNG')).toMatchObject({ cell: { column: 1 }, run: { bold: true, sizePt: 14 } });
    expect(byText('PHÓ CHÁNH VĂN PHÒNG')).toMatchObject({ cell: { column: 1 }, run: { bold: true, sizePt: 14 } });
    expect(byText('Nguyễn Thị Hương')).toMatchObject({ cell: { column: 1 }, run: { bold: true, sizePt: 14 } });
  });

  it('omits the parent body line when there is none', () => {
    const texts = read([{ type: 'header', parentBody: null, issuer: 'Ủy ban nhân dân tỉnh Lai Châu', number: '12/KH-UBND', placeDate: 'Lai Châu, ngày 01 tháng 02 năm 2026' }]).paragraphs.map((p) => p.text);
    expect(texts.filter((t) => t !== '').slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN TỈNH LAI CHÂU', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    expect(texts).toContain('Số: 12/KH-UBND');
  });

  it('formats the Căn cứ and Thực hiện lines alike, in italics (NĐ 30, Phụ lục I)', () => {
    const blocks: Block[] = [
      { type: 'basis', inlines: [{ text: 'Căn cứ Luật Bình đẳng giới ngày 29/11/2006;' }] },
      { type: 'basis', inlines: [{ text: 'Thực hiện Kế hoạch số 163/KH-UBND ngày 12/5/2026 của Chủ tịch UBND tỉnh.' }] },
    ];
    const [canCu, thucHien] = read(blocks).paragraphs;
    expect(canCu.run?.italic).toBe(true);
    expect(thucHien.run).toEqual(canCu.run);
  });
});

describe('blocksToDocx: a task heading is not parted from its fields at a page break', () => {
  const field = (label: string, value: string, tag: 'kh:lead' | 'kh:cooperating' | 'kh:timing'): Block => ({ type: 'paragraph', inlines: [{ text: `${label}: ` }, { text: value, field: tag }] });
  const blocks: Block[] = [
    { type: 'item', marker: '2.', inlines: [{ text: 'Đổi mới công tác đào tạo, bồi dưỡng cán bộ nữ gắn với quy hoạch, tạo nguồn cán bộ lãnh đạo, quản lý ở các cơ quan, đơn vị trên địa bàn xã' }], bold: false },
    field('Đơn vị chủ trì', 'Phòng Văn hóa - Xã hội xã', 'kh:lead'),
    field('Đơn vị phối hợp', 'Văn phòng HĐND và UBND xã', 'kh:cooperating'),
    field('Thời gian thực hiện', 'Hằng năm', 'kh:timing'),
    { type: 'item', marker: 'a)', inlines: [{ text: 'Đánh giá thực trạng đội ngũ cán bộ nữ.' }], bold: false },
    { type: 'item', marker: 'b)', inlines: [{ text: 'Cử cán bộ nữ tham gia bồi dưỡng.' }], bold: false },
  ];
  const paragraphs = strFromU8(unzipSync(blocksToDocx(blocks))['word/document.xml']).match(/<w:p>.*?<\/w:p>/gs) ?? [];
  const keeps = (text: string) => {
    const p = paragraphs.find((x) => x.replace(/<[^>]+>/g, '').includes(text));
    if (!p) throw new Error(`no paragraph "${text}"`);
    return p.includes('<w:keepNext/>');
  };

  it('keeps the heading, even an upright one, and each field line with what follows, down to the first line of the task', () => {
    expect(keeps('Đổi mới công tác')).toBe(true);
    expect(keeps('Đơn vị chủ trì')).toBe(true);
    expect(keeps('Đơn vị phối hợp')).toBe(true);
    expect(keeps('Thời gian thực hiện')).toBe(true);
  });

  it('lets the task’s content itself break across pages', () => {
    expect(keeps('Đánh giá thực trạng')).toBe(false);
    expect(keeps('Cử cán bộ nữ')).toBe(false);
  });
});

describe('blocksToDocx: text exactly as typed', () => {
  const special = `Sở "Tư pháp" & 'Nội vụ' <phối hợp> a&amp;b`;

  it('escapes < > & " \' exactly once', () => {
    const blocks: Block[] = [{ type: 'paragraph', inlines: [{ text: special }, { text: ` ${special}`, field: 'kh:lead' }] }];
    expect(read(blocks).paragraphs[0].text).toBe(`${special} ${special}`);
    const xml = strFromU8(unzipSync(blocksToDocx(blocks))['word/document.xml']);
    expect(xml).toContain('Sở &quot;Tư pháp&quot; &amp; &apos;Nội vụ&apos; &lt;phối hợp&gt; a&amp;amp;b');
  });

  it('turns a line break inside a value into w:br and keeps it on reading', () => {
    const blocks: Block[] = [{ type: 'paragraph', inlines: [{ text: 'Đơn vị phối hợp: ' }, { text: 'Sở Y tế;\nSở Giáo dục và Đào tạo', field: 'kh:cooperating' }] }];
    expect(read(blocks).paragraphs[0].text).toBe('Đơn vị phối hợp: Sở Y tế;\nSở Giáo dục và Đào tạo');
    expect(strFromU8(unzipSync(blocksToDocx(blocks))['word/document.xml'])).toContain('<w:br/>');
  });

  it('writes Vietnamese text as NFC, whatever form it came in', () => {
    const nfd = 'Thời gian thực hiện: Quý IV năm 2026'.normalize('NFD');
    expect(read([{ type: 'paragraph', inlines: [{ text: nfd }] }]).paragraphs[0].text).toBe(nfd.normalize('NFC'));
  });

  it('drops characters XML cannot hold instead of writing a broken file', () => {
    expect(read([{ type: 'paragraph', inlines: [{ text: 'a\u0001b\u000bc' }] }]).paragraphs[0].text).toBe('abc');
  });

  it('names each field control in Vietnamese', () => {
    const xml = strFromU8(unzipSync(blocksToDocx(samplePlanBlocks()))['word/document.xml']);
    expect(xml).toContain('<w:alias w:val="Đơn vị chủ trì"/><w:tag w:val="kh:lead"/>');
    expect(xml).not.toContain('<w:numPr>');
  });
});

describe('textToDocx', () => {
  it('gives one paragraph per line, blank lines and tabs included', () => {
    const lines = ['KẾ HOẠCH', '', 'Đơn vị chủ trì:\tSở Nội vụ', 'A & B <c>'];
    expect(readDocx(textToDocx(lines), 'k.docx').paragraphs.map((p) => p.text)).toEqual(lines);
  });
});

describe('blocksToFlatOpc', () => {
  const flat = blocksToFlatOpc(samplePlanBlocks());

  it('is one well-formed pkg:package with the document and styles parts', () => {
    expect(wellFormed(flat)).toBe(true);
    expect(flat).toContain('pkg:name="/word/document.xml"');
    expect(flat).toContain('pkg:name="/word/styles.xml"');
    expect(flat).toContain('pkg:name="/_rels/.rels"');
  });

  it('carries the fields as tagged controls and no section properties', () => {
    expect(flat).toContain('<w:tag w:val="kh:timing"/>');
    expect(flat).not.toContain('<w:sectPr>');
  });
});
