import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/core/checks/engine';
import { unicodeNormalization } from '../../../src/core/checks/rules/words/unicodeNormalization';
import { readPlan } from '../../../src/core/plan/readPlan';
import { paragraphsFromText } from '../../../src/core/text/readPlainText';
import { DocxHost } from '../../../src/hosts/docx/DocxHost';
import { docxWithBody, p } from '../../fixtures/docx/handmadeDocx';
import { emptyPlan } from './builders';

// What a Mac or a PDF copy gives: each accented letter as a base letter and combining marks.
const nfd = (s: string) => s.normalize('NFD');

const check = (text: string) => {
  const snapshot = paragraphsFromText(text, 'ke-hoach.txt');
  return checkPlan({ snapshot, plan: emptyPlan(), parent: null }, {}, [unicodeNormalization]);
};

describe('unicode-normalization', () => {
  it('reports a paragraph copied with decomposed letters once, naming its first such word and how many', () => {
    const found = check(['Kế hoạch thực hiện', `Tăng cường ${nfd('công tác bình đẳng giới')} trên địa bàn`].join('\n'));
    expect(found.map((f) => [f.location.paragraph, f.rule, f.severity])).toEqual([[2, 'unicode-normalization', 'warning']]);
    expect(found[0].message).toContain('5 chữ');
    expect(found[0].message).toContain('"công"');
  });

  it('offers a fix that rewrites the stretch from the first such word to the last in precomposed letters', () => {
    const line = `Tăng cường ${nfd('công tác')} và ${nfd('bình đẳng')} giới`;
    const [f] = check(line);
    expect(f.fix).toEqual({ kind: 'replace-text', paragraph: 1, find: `${nfd('công tác')} và ${nfd('bình đẳng')}`, replace: 'công tác và bình đẳng', label: expect.any(Object) });
  });

  it('reports a letter half composed: a precomposed "ă" followed by a combining dot below', () => {
    const mixed = 'n\u0103\u0323ng';
    expect(mixed.normalize('NFC')).toBe('nặng');
    const [f] = check(`Nhiệm vụ ${mixed} nề`);
    expect([f.location.paragraph, f.fix]).toEqual([1, expect.objectContaining({ find: mixed, replace: 'nặng' })]);
  });

  it('is quiet on text already in precomposed Unicode, accents and all', () => {
    expect(check('Ủy ban nhân dân xã Đồng Việt phấn đấu đến năm 2030 đạt 100% chỉ tiêu.\nNơi nhận:')).toEqual([]);
  });

  it('on a .docx, the fix turns the paragraph into precomposed letters, and undo brings back what was there', async () => {
    const host = new DocxHost(docxWithBody(p('KẾ HOẠCH') + p(`Tuyên truyền ${nfd('bình đẳng giới')} năm 2026`)), 'ke-hoach.docx');
    const before = await host.readSnapshot();
    const [f] = checkPlan({ snapshot: before, plan: readPlan(before), parent: null }, {}, [unicodeNormalization]);
    expect(f.location.paragraph).toBe(2);
    const fix = f.fix!;
    if (fix.kind !== 'replace-text') throw new Error('a replace fix');
    await host.replaceText(fix.paragraph, fix.find, fix.replace);
    const after = await host.readSnapshot();
    expect(after.paragraphs[1]).toMatchObject({ text: 'Tuyên truyền bình đẳng giới năm 2026' });
    expect(after.paragraphs[1].unnormalized).toBeUndefined();
    expect(checkPlan({ snapshot: after, plan: readPlan(after), parent: null }, {}, [unicodeNormalization])).toEqual([]);
    host.undo();
    expect((await host.readSnapshot()).paragraphs[1].unnormalized).toBe(`Tuyên truyền ${nfd('bình đẳng giới')} năm 2026`);
  });
});
