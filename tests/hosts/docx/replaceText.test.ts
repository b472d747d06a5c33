import { describe, expect, it } from 'vitest';
import { KhInputError } from '../../../src/core/errors';
import { readDocx } from '../../../src/core/ooxml/readDocx';
import { textToDocx } from '../../../src/core/ooxml/writeDocx';
import { DocxHost } from '../../../src/hosts/docx/DocxHost';

describe('DocxHost.replaceText (the replace fixes: a name, leftover markup, a full stop)', () => {
  it('rewrites the words in their paragraph and leaves every other paragraph as it was', async () => {
    const host = new DocxHost(textToDocx(['Nơi nhận:', '- Ủy ban nhân tỉnh (b/c);', '- Lưu: VT.']), 'ke-hoach.docx');
    await host.replaceText(2, 'Ủy ban nhân', 'Ủy ban nhân dân');
    const texts = readDocx(host.save(), 'x.docx').paragraphs.map((p) => p.text);
    expect(texts).toEqual(['Nơi nhận:', '- Ủy ban nhân dân tỉnh (b/c);', '- Lưu: VT.']);
  });

  it('keeps quotes and ampersands as text', async () => {
    const host = new DocxHost(textToDocx(['Văn phòng HĐND&UBND xã "**Đồng Việt**"']), 'ke-hoach.docx');
    await host.replaceText(1, '**Đồng Việt**', 'Đồng Việt');
    expect((await host.readSnapshot()).paragraphs[0].text).toBe('Văn phòng HĐND&UBND xã "Đồng Việt"');
  });

  it('refuses, naming the paragraph, words it cannot find whole', async () => {
    const host = new DocxHost(textToDocx(['Phấn đấu đến năm 2030']), 'ke-hoach.docx');
    await expect(host.replaceText(1, 'Phần đầu', 'Phấn đấu')).rejects.toThrow(KhInputError);
    await expect(host.replaceText(1, 'Phần đầu', 'Phấn đấu')).rejects.toThrow(/đoạn 1/);
  });
});
