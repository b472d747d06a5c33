import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/core/checks/engine';
import { misspeltSyllable } from '../../../src/core/checks/rules/words/misspeltSyllable';
import { spellingVariant } from '../../../src/core/checks/rules/words/spellingVariant';
import type { SyllableDictionary } from '../../../src/core/checks/types';
import { emptyPlan, snapshotOf } from './builders';

// A few syllables as Hunspell's Vietnamese list writes them: lower case, old tone placement.
const DICTIONARY: SyllableDictionary = new Set(['bình', 'đẳng', 'giới', 'nâng', 'cao', 'nhận', 'thức', 'về', 'hoà', 'thuận', 'người', 'dân']);

describe('misspelt-syllable', () => {
  const run = (lines: string[], dictionary: SyllableDictionary | null = DICTIONARY) => checkPlan({ snapshot: snapshotOf(lines), plan: emptyPlan(), parent: null, dictionary: dictionary ?? undefined }, {}, [misspeltSyllable]);

  it('names the first word of a paragraph that is no Vietnamese syllable, and how many there are', () => {
    const [f] = run(['Nâng cao nhận thức về bìnhh đẳng giới cho nguời dân']);
    expect([f.location.paragraph, f.message]).toEqual([1, '"bìnhh" không phải một tiếng của tiếng Việt: kiểm tra lỗi gõ (2 chữ như vậy trong đoạn)']);
  });

  it('takes either tone placement as the same syllable, and leaves names, acronyms and unmarked words alone', () => {
    expect(run(['hòa thuận, hoà thuận', 'Nguyễn Văn Bình, HĐNDTP, online, Đắk Lắk'])).toEqual([]);
  });

  it('stays silent without a dictionary (the pane, which does not bundle the GPL word list)', () => {
    expect(run(['bìnhh'], null)).toEqual([]);
  });
});

describe('spelling-variant', () => {
  const run = (lines: string[]) => checkPlan({ snapshot: snapshotOf(lines), plan: emptyPlan(), parent: null }, {}, [spellingVariant]);

  it('reports the minority form where it first appears, with the majority as the fix', () => {
    const found = run(['báo cáo trước ngày 30/11 hằng năm', 'Hàng năm tổ chức sơ kết', 'kiểm tra hằng năm']);
    expect(found.map((f) => [f.location.paragraph, f.severity])).toEqual([[2, 'info']]);
    expect(found[0].message).toContain('"hàng năm" (1 chỗ) và "hằng năm" (2 chỗ)');
    expect(found[0].fix).toMatchObject({ kind: 'replace-text', find: 'Hàng năm', replace: 'Hằng năm' });
  });

  it('says nothing when the plan keeps to one form', () => {
    expect(run(['hàng năm', 'hàng năm'])).toEqual([]);
  });
});
