import { describe, expect, it } from 'vitest';
import type { Inline } from '../../../src/core/blocks';
import { citationText } from '../../../src/core/templates/citation';
import { compileTemplateSet } from '../../../src/core/templates/compileTemplates';
import { draftPlan } from '../../../src/core/templates/draftPlan';
import { example } from './support';

describe('the parent citation the pane writes ("Cập nhật trích dẫn")', () => {
  it('is the drafted preamble’s citation, word for word', () => {
    const { blocks, parentLink } = draftPlan(example('xa-dong-viet'), 'xa-dong-viet.yaml');
    const drafted = blocks.flatMap((b): Inline[] => ('inlines' in b ? b.inlines : [])).find((i) => i.field === 'kh:parent-citation')!.text;
    expect(citationText(parentLink)).toBe(drafted);
  });

  it('follows a maintainer’s edit of templates/sections/preamble.hbs', () => {
    const text = '> Thực hiện {{#field "parent-citation"}}{{parent.kindName}} {{parent.number}} ({{parent.issuer}}){{/field}}.\n{{unit.issuedBy}} {{title}}';
    const { set } = compileTemplateSet([{ name: 'preamble', file: 'sections/preamble.hbs', text }]);
    expect(citationText({ kind: 'KH', number: '163/KH-UBND', date: '2026-05-12', issuer: 'Chủ tịch UBND tỉnh Bắc Ninh' }, set)).toBe('Kế hoạch 163/KH-UBND (Chủ tịch UBND tỉnh Bắc Ninh)');
  });

  it('writes the date as NĐ 30 does and leaves out what the link does not have', () => {
    expect(citationText({ kind: 'KH', number: '4595/KH-UBND', date: '2026-06-09', issuer: 'UBND tỉnh Lai Châu', title: 'Triển khai Chương trình X' })).toBe('Kế hoạch số 4595/KH-UBND ngày 09/6/2026 của UBND tỉnh Lai Châu về triển khai Chương trình X');
    expect(citationText({ kind: 'QĐ', number: '12/QĐ-UBND', date: null, issuer: 'UBND tỉnh' })).toBe('Quyết định số 12/QĐ-UBND của UBND tỉnh');
  });
});
