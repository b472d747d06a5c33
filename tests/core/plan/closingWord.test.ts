import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/core/ooxml/readDocx';
import { readPlan } from '../../../src/core/plan/readPlan';
import { docxWithBody, p } from '../../fixtures/docx/handmadeDocx';

/** The body of a small plan up to "Trên đây…", as Word paragraphs. */
const BODY = ['KẾ HOẠCH', 'Công tác cải cách hành chính năm 2026', 'I. MỤC ĐÍCH, YÊU CẦU', 'Bảo đảm hiệu quả.', 'II. NHIỆM VỤ', '1. Rà soát thủ tục hành chính.', 'Trên đây là Kế hoạch của UBND xã./.']
  .map((t) => p(t))
  .join('');
const NO_BORDERS = `<w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="nil"/>`).join('')}</w:tblBorders></w:tblPr>`;
const cell = (...paragraphs: string[]) => `<w:tc>${paragraphs.join('')}</w:tc>`;
const layout = (...rows: string[][]) => `<w:tbl>${NO_BORDERS}<w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="5000"/></w:tblGrid>${rows.map((r) => `<w:tr>${r.join('')}</w:tr>`).join('')}</w:tbl>`;
const plan = (closing: string) => readPlan(readDocx(docxWithBody(BODY + closing + '<w:p/>'), 'ke-hoach.docx'));

describe('the closing of a plan made in Word', () => {
  it('reads Nơi nhận and the signature laid out as a 2×2 borderless table cell by cell, not row by row', () => {
    const read = plan(
      layout(
        [cell(p('Nơi nhận:')), cell(p('TM. ỦY BAN NHÂN DÂN'), p('CHỦ TỊCH'))],
        [cell(p('- UBND huyện (b/c);'), p('- Các thôn;'), p('- Lưu: VT, VP.')), cell('<w:p/>', '<w:p/>', p('Nguyễn Văn An'))],
      ),
    );
    expect(read.recipients).toEqual(['UBND huyện (b/c);', 'Các thôn;']);
    expect(read.archiveLine).toBe('- Lưu: VT, VP.');
    expect(read.signer).toMatchObject({ authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' });
  });

  it('reads the Lưu line typed after a soft line break (w:br) in the last recipient\'s paragraph, at that paragraph', () => {
    const last = '<w:p><w:r><w:t>- Các thôn;</w:t><w:br/><w:t>- Lưu: VT, VP.</w:t></w:r></w:p>';
    const read = plan(layout([cell(p('Nơi nhận:'), p('- UBND huyện (b/c);'), last), cell(p('TM. ỦY BAN NHÂN DÂN'), p('CHỦ TỊCH'), '<w:p/>', p('Nguyễn Văn An'))]));
    expect(read.recipients).toEqual(['UBND huyện (b/c);', 'Các thôn;']);
    expect(read.archiveLine).toBe('- Lưu: VT, VP.');
    // Both lines stay one Word paragraph: numbering is the document's (the 10th paragraph).
    expect(read.at.archiveLine).toBe(10);
    expect(read.signer).toMatchObject({ title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' });
  });
});

describe('the signature of a draft made in Word', () => {
  const closing = (...right: string[]) => layout([cell(p('Nơi nhận:'), p('- UBND huyện (b/c);'), p('- Lưu: VT, VP.')), cell(...right)]);

  it('reads a bare "CHỦ TỊCH", signed before the name is known, as the signer\'s title', () => {
    expect(plan(closing(p('CHỦ TỊCH'), '<w:p/>', '<w:p/>')).signer).toMatchObject({ authority: null, title: 'CHỦ TỊCH', name: null });
  });

  it('never takes the "PHỤ LỤC" heading after the signature table for the signer\'s name', () => {
    const read = readPlan(readDocx(docxWithBody(BODY + closing(p('CHỦ TỊCH'), '<w:p/>') + '<w:p/>' + p('PHỤ LỤC') + p('PHÂN CÔNG THỰC HIỆN NHIỆM VỤ')), 'ke-hoach.docx'));
    expect(read.signer).toMatchObject({ title: 'CHỦ TỊCH', name: null });
  });

  it('takes no name from after the table even when it looks like one: the signature ends with its cell', () => {
    const read = readPlan(readDocx(docxWithBody(BODY + closing(p('KT. CHỦ TỊCH'), p('PHÓ CHỦ TỊCH')) + p('Nguyễn Văn An')), 'ke-hoach.docx'));
    expect(read.signer).toMatchObject({ authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: null });
  });
});
