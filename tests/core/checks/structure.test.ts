import { describe, expect, it } from 'vitest';
import type { SectionKind } from '../../../src/core/plan/model';
import { checkPlan } from '../../../src/core/checks/engine';
import { sectionMissing } from '../../../src/core/checks/rules/structure/sectionMissing';
import { sectionNumbering } from '../../../src/core/checks/rules/structure/sectionNumbering';
import { ctxOf, item, parentPlan, planOf, section, snapshotWith, standardSections } from './builders';

const numbering = (sections: ReturnType<typeof section>[], lines: Record<number, string> = {}) =>
  checkPlan(ctxOf(planOf({ sections }), snapshotWith(120, lines)), {}, [sectionNumbering]);

describe('section-missing', () => {
  const missing = (sections: ReturnType<typeof section>[], parent = parentPlan({ targets: [] })) =>
    checkPlan(ctxOf(planOf({ sections }), undefined, parent), {}, [sectionMissing]).map((f) => f.message);

  it('accepts a plan with purpose, objectives, tasks and organisation', () => {
    expect(missing(standardSections())).toEqual([]);
  });

  it('takes a combined title for every kind it names ("II. CHỈ TIÊU, NHIỆM VỤ", "IV. TỔ CHỨC THỰC HIỆN, CHẾ ĐỘ THÔNG TIN BÁO CÁO")', () => {
    const combined = { ...section('II', 'objectives', 20, 59, [], 'CHỈ TIÊU, NHIỆM VỤ'), kinds: ['objectives', 'tasks'] as SectionKind[] };
    expect(missing([section('I', 'purpose', 10, 19), combined, section('III', 'organization', 60, 79)])).toEqual([]);
  });

  it('flags a plan without Tổ chức thực hiện, on the last heading', () => {
    const found = checkPlan(ctxOf(planOf({ sections: standardSections().slice(0, 3) })), {}, [sectionMissing]);
    expect(found.map((f) => [f.message, f.location.paragraph])).toEqual([['Kế hoạch thiếu mục "Tổ chức thực hiện"', 30]]);
    expect(found[0].severity).toBe('warning');
  });

  it('flags a plan without a tasks section, on the heading that would follow it', () => {
    const sections = [section('I', 'purpose', 10, 19), section('II', 'objectives', 20, 29), section('III', 'organization', 30, 40)];
    const found = checkPlan(ctxOf(planOf({ sections })), {}, [sectionMissing]);
    expect(found.map((f) => f.location.paragraph)).toEqual([30]);
    expect(found[0].message).toContain('Nhiệm vụ, giải pháp');
  });

  it('accepts "I. MỤC TIÊU" in place of "MỤC ĐÍCH, YÊU CẦU"', () => {
    expect(missing([section('I', 'objectives', 10, 19), section('II', 'tasks', 20, 29), section('III', 'organization', 30, 40)])).toEqual([]);
  });

  it('accepts a law-implementation plan with "MỤC ĐÍCH, YÊU CẦU" and no objectives', () => {
    expect(missing([section('I', 'purpose', 10, 19), section('II', 'tasks', 20, 29), section('III', 'organization', 30, 40)])).toEqual([]);
  });

  it('wants a "Mục tiêu" section when the parent sets targets the plan must restate', () => {
    const parent = parentPlan({ targets: [{ id: 'nu', indicator: 'lãnh đạo chủ chốt là nữ', value: 75, unit: '%', year: 2030 }] });
    expect(missing([section('I', 'purpose', 10, 19), section('II', 'tasks', 20, 29), section('III', 'organization', 30, 40)], parent)).toEqual(['Kế hoạch thiếu mục "Mục tiêu"']);
  });

  it('flags every required section of a text with no Roman sections at all', () => {
    expect(missing([])).toHaveLength(3);
  });
});

describe('section-numbering: Roman sections', () => {
  it('accepts I, II, III, IV', () => {
    expect(numbering(standardSections())).toEqual([]);
  });

  it('flags two sections numbered IV, on the second', () => {
    const sections = [...standardSections().slice(0, 3), section('IV', 'budget', 60, 69), section('IV', 'organization', 70, 80)];
    const found = numbering(sections);
    expect(found.map((f) => [f.location.paragraph, f.message])).toEqual([[70, 'Hai mục cùng đánh số IV (mục trước ở đoạn 60)']]);
    expect(found[0].severity).toBe('error');
  });

  it('flags a skipped numeral, naming the missing one', () => {
    const found = numbering([section('I', 'purpose', 10, 19), section('II', 'tasks', 20, 29), section('IV', 'organization', 30, 40)]);
    expect(found.map((f) => f.message)).toEqual(['Đánh số mục bị nhảy: sau mục II là mục IV (thiếu mục III)']);
  });

  it('flags sections that do not start at I', () => {
    const found = numbering([section('II', 'purpose', 10, 19), section('III', 'tasks', 20, 29)]);
    expect(found.map((f) => [f.location.paragraph, f.message])).toEqual([[10, 'Mục đầu tiên đánh số II; các mục phải bắt đầu từ I']]);
  });
});

describe('section-numbering: khoản and điểm inside a section', () => {
  const tasksWith = (items: ReturnType<typeof item>[]) => [section('I', 'purpose', 1, 9), section('II', 'tasks', 10, 99, items)];

  it('accepts 1. 2. 3. with a) b) c) d) đ) e) g) under them', () => {
    const points = ['a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)'].map((m, i) => item(m, 21 + i));
    expect(numbering(tasksWith([item('1.', 11), item('2.', 20, points), item('3.', 40)]))).toEqual([]);
  });

  it('flags a khoản number used twice (1. 2. 2.)', () => {
    const found = numbering(tasksWith([item('1.', 11), item('2.', 20), item('2.', 30)]));
    expect(found.map((f) => [f.location.paragraph, f.message])).toEqual([[30, 'Trong mục II, hai khoản/điểm cùng đánh số "2."']]);
  });

  it('flags a skipped khoản (1. then 3.)', () => {
    const found = numbering(tasksWith([item('1.', 11), item('3.', 20)]));
    expect(found.map((f) => f.message)).toEqual(['Trong mục II, sau "1." là "3." (thiếu "2.")']);
  });

  it('checks sub-khoản 3.1. 3.2. 3.4. by their last number', () => {
    const found = numbering(tasksWith([item('1.', 11), item('2.', 12), item('3.', 13, [item('3.1.', 14, [], '3.1'), item('3.2.', 15, [], '3.2'), item('3.4.', 16, [], '3.4')])]));
    expect(found.map((f) => f.location.paragraph)).toEqual([16]);
  });

  it('flags điểm out of the Vietnamese order (d) then e), skipping đ))', () => {
    const found = numbering(tasksWith([item('1.', 11, [item('a)', 12), item('b)', 13), item('c)', 14), item('d)', 15), item('e)', 16)])]));
    expect(found.map((f) => [f.location.paragraph, f.message])).toEqual([[16, 'Trong khoản II.1, sau "d)" là "e)" (thiếu "đ)")']]);
  });

  it('flags a letter Vietnamese does not use for điểm (f)', () => {
    const found = numbering(tasksWith([item('1.', 11, [item('a)', 12), item('f)', 13)])]));
    expect(found.map((f) => f.location.paragraph)).toEqual([13]);
    expect(found[0].message).toContain('"f"');
  });

  it('flags a điểm written "a." instead of "a)", whether or not the reader took it for an item', () => {
    const asItem = numbering(tasksWith([item('1.', 11, [item('a.', 12), item('b)', 13)])]));
    expect(asItem.map((f) => [f.location.paragraph, f.message])).toEqual([[12, 'Điểm viết "a.", theo NĐ 30 phải viết "a)"']]);
    const asText = numbering(tasksWith([item('1.', 11)]), { 12: 'a. Đánh giá thực trạng đội ngũ cán bộ nữ.', 13: 'v.v. và các nội dung khác' });
    expect(asText.map((f) => f.location.paragraph)).toEqual([12]);
  });

  it('ignores bullets', () => {
    expect(numbering(tasksWith([item('-', 11), item('-', 12), item('+', 13)]))).toEqual([]);
  });
});
