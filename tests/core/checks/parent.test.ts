import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/core/checks/engine';
import { parentRefMissing } from '../../../src/core/checks/rules/parent/parentRefMissing';
import { parentRefMismatch } from '../../../src/core/checks/rules/parent/parentRefMismatch';
import { targetBelowParent } from '../../../src/core/checks/rules/parent/targetBelowParent';
import { periodMismatch } from '../../../src/core/checks/rules/parent/periodMismatch';
import { knownParentOf } from '../../../src/core/checks/support/citations';
import type { Reference } from '../../../src/core/plan/model';
import { ctxOf, parentPlan, planOf, section, snapshotWith, target } from './builders';

const ref = (number: string, date: string | null, issuer: string | null, extra: Partial<Reference> = {}): Reference => ({
  type: 'KH',
  number,
  date,
  issuer,
  paragraph: 13,
  verb: 'Thực hiện',
  ...extra,
});
const qd2282 = ref('2282/QĐ-TTg', '2020-12-31', 'Thủ tướng Chính phủ', { type: 'QĐ', verb: 'Căn cứ', paragraph: 11 });

const citing = (references: Reference[], rules = [parentRefMissing, parentRefMismatch], parent = parentPlan()) =>
  checkPlan(ctxOf(planOf({ references, at: { preamble: [11, 13], title: 9 } }), undefined, parent), {}, rules);

describe('parent-ref-missing', () => {
  it('accepts a plan that cites the parent by its number', () => {
    expect(citing([qd2282, ref('163/KH-UBND', '2026-05-12', 'Chủ tịch UBND tỉnh')])).toEqual([]);
  });

  it('flags a plan that does not cite its parent, on the first preamble line', () => {
    const found = citing([qd2282]);
    expect(found.map((f) => [f.rule, f.location.paragraph])).toEqual([['parent-ref-missing', 11]]);
    expect(found[0].message).toBe('Phần căn cứ chưa dẫn Kế hoạch số 163/KH-UBND ngày 12/5/2026 của Chủ tịch UBND tỉnh (kế hoạch cấp trên)');
  });

  it('says nothing without a parent', () => {
    expect(checkPlan(ctxOf(planOf({ references: [qd2282] })), {}, [parentRefMissing, parentRefMismatch])).toEqual([]);
  });

  it('matches numbers whatever the spacing, case and leading zeros', () => {
    expect(citing([ref('0163 / kh-ubnd', '2026-05-12', 'UBND tỉnh')])).toEqual([]);
  });
});

describe('parent-ref-mismatch', () => {
  it('flags a citation of the parent’s number with another date', () => {
    const found = citing([ref('163/KH-UBND', '2026-05-21', 'Chủ tịch UBND tỉnh')]);
    expect(found.map((f) => [f.rule, f.severity, f.location.paragraph])).toEqual([['parent-ref-mismatch', 'error', 13]]);
    expect(found[0].message).toBe('Kế hoạch số 163/KH-UBND được ghi ngày 21/5/2026, đúng là ngày 12/5/2026');
  });

  it('names a parent that is a Quyết định as one, not as a Kế hoạch', () => {
    const qdParent = parentPlan({ kind: 'QĐ', number: '2282/QĐ-TTg', date: '2020-12-31', issuer: 'Thủ tướng Chính phủ', issuerShort: undefined });
    const wrongDate = citing([{ ...qd2282, date: '2020-12-13' }], [parentRefMissing, parentRefMismatch], qdParent);
    expect(wrongDate.map((f) => [f.message, f.messageEn])).toEqual([['Quyết định số 2282/QĐ-TTg được ghi ngày 13/12/2020, đúng là ngày 31/12/2020', 'Decision 2282/QĐ-TTg is cited as of 13/12/2020; it is dated 31/12/2020']]);
    expect(citing([], [parentRefMissing], qdParent).map((f) => [f.message, f.messageEn])).toEqual([['Phần căn cứ chưa dẫn Quyết định số 2282/QĐ-TTg ngày 31/12/2020 của Thủ tướng Chính phủ (kế hoạch cấp trên)', 'The preamble does not cite the parent Decision 2282/QĐ-TTg of 31/12/2020 by Thủ tướng Chính phủ']]);
  });

  it('flags a citation with another issuer', () => {
    const found = citing([ref('163/KH-UBND', '2026-05-12', 'UBND tỉnh Lạng Sơn')]);
    expect(found.map((f) => f.message)).toEqual(['Kế hoạch số 163/KH-UBND được ghi là của "UBND tỉnh Lạng Sơn", đúng là của Chủ tịch UBND tỉnh']);
  });

  it('accepts the issuer written short, abbreviated or with old tone marks', () => {
    for (const issuer of ['Chủ tịch UBND tỉnh', 'Uỷ ban nhân dân tỉnh', 'UBND tỉnh Bắc Ninh', 'Ủy ban nhân dân tỉnh Bắc Ninh']) {
      expect(citing([ref('163/KH-UBND', '2026-05-12', issuer)]), issuer).toEqual([]);
    }
  });

  it('flags, as a warning, a first citation that gives no date', () => {
    const found = citing([ref('163/KH-UBND', null, 'UBND tỉnh')]);
    expect(found.map((f) => [f.severity, f.message])).toEqual([['warning', 'Lần đầu dẫn Kế hoạch số 163/KH-UBND cần ghi ngày ban hành (12/5/2026)']]);
  });

  it('flags an implementing citation with almost the parent’s number (same ký hiệu) instead of calling it missing', () => {
    const found = citing([qd2282, ref('136/KH-UBND', '2026-05-12', 'Chủ tịch UBND tỉnh')]);
    expect(found.map((f) => [f.rule, f.location.paragraph, f.message])).toEqual([['parent-ref-mismatch', 13, 'Dẫn số 136/KH-UBND, nhưng kế hoạch cấp trên là số 163/KH-UBND']]);
  });

  it('takes a citation with the same ký hiệu but an unrelated number and date for another plan, not a typo', () => {
    const found = citing([ref('12/KH-UBND', '2026-01-20', 'UBND tỉnh')]);
    expect(found.map((f) => f.rule)).toEqual(['parent-ref-missing']);
  });

  it('takes a citation with the parent’s date and ký hiệu but another number for a typo', () => {
    const found = citing([ref('613/KH-UBND', '2026-05-12', 'UBND tỉnh')]);
    expect(found.map((f) => f.rule)).toEqual(['parent-ref-mismatch']);
  });

  it('accepts a Party-style parent number (14-KH/TU)', () => {
    const parent = parentPlan({ number: '14-KH/TU', issuer: 'Tỉnh ủy Bắc Ninh', issuerShort: 'Tỉnh ủy', date: '2025-07-29' });
    expect(citing([ref('14-KH/TU', '2025-07-29', 'Tỉnh ủy')], undefined, parent)).toEqual([]);
  });
});

describe('target-below-parent', () => {
  const parent = parentPlan({
    targets: [
      { id: 'lanh-dao-chu-chot-nu', indicator: 'cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ', value: 75, unit: '%', year: 2030 },
      { id: 'quy-hoach-nu', indicator: 'nữ trong diện quy hoạch các chức danh lãnh đạo, quản lý', value: 50, unit: '%', year: 2030 },
      { id: 'dao-tao-nu', indicator: 'nữ trong diện quy hoạch được đào tạo, bồi dưỡng', value: 90, unit: '%', year: 2030 },
    ],
  });
  const below = (targets: ReturnType<typeof target>[], period = { from: 2026, to: 2030 }) =>
    checkPlan(ctxOf(planOf({ targets, period }), undefined, parent), {}, [targetBelowParent]);

  it('flags a target lower than the parent’s for the same indicator and year', () => {
    const found = below([target(35, 'Đạt 65% chính quyền địa phương xã có lãnh đạo chủ chốt là nữ.', 65, 2030)]);
    expect(found.map((f) => [f.location.paragraph, f.severity])).toEqual([[35, 'warning']]);
    expect(found[0].message).toContain('65% năm 2030 thấp hơn mức 75%');
  });

  it('takes the plan period’s end year for a target without a year', () => {
    expect(below([target(36, 'Tỷ lệ cán bộ nữ trong diện quy hoạch các chức danh quản lý, lãnh đạo đạt 40%.', 40, null)])).toHaveLength(1);
  });

  it('accepts targets at or above the parent’s', () => {
    expect(below([
      target(35, 'Đạt 75% chính quyền địa phương xã có lãnh đạo chủ chốt là nữ.', 75, 2030),
      target(36, 'Tỷ lệ cán bộ nữ trong diện quy hoạch các chức danh quản lý, lãnh đạo đạt 50%.', 50, 2030),
      target(37, 'Tỷ lệ cán bộ nữ trong diện quy hoạch được đào tạo, bồi dưỡng, nâng cao năng lực đạt 100%.', 100, 2030),
    ])).toEqual([]);
  });

  it('matches the training target to the training indicator, not to the planning pool one', () => {
    const found = below([target(37, 'Tỷ lệ cán bộ nữ trong diện quy hoạch được đào tạo, bồi dưỡng đạt 80%.', 80, 2030)]);
    expect(found.map((f) => f.message)).toEqual(['Chỉ tiêu 80% năm 2030 thấp hơn mức 90% của kế hoạch cấp trên ("nữ trong diện quy hoạch được đào tạo, bồi dưỡng")']);
  });

  it('ignores targets for another year or another indicator', () => {
    expect(below([target(35, 'Đạt 60% chính quyền địa phương xã có lãnh đạo chủ chốt là nữ.', 60, 2025)])).toEqual([]);
    expect(below([target(35, 'Tỷ lệ hộ dân được tuyên truyền đạt 30%.', 30, 2030)])).toEqual([]);
  });
});

describe('period-mismatch', () => {
  const sections = [section('I', 'purpose', 10, 19), section('V', 'organization', 60, 75)];
  const check = (title: string, lines: Record<number, string>, parentPeriod: { from: number; to: number } | undefined = { from: 2021, to: 2030 }) =>
    checkPlan(ctxOf(planOf({ title, sections, at: { title: 9 } }), snapshotWith(90, { 9: title, ...lines }), parentPlan({ period: parentPeriod })), {}, [periodMismatch]);

  it('accepts a plan whose title, body and parent agree', () => {
    expect(check('Kế hoạch thực hiện Chương trình giai đoạn 2026-2030', { 63: '2. Thời gian thực hiện: Từ năm 2026 đến năm 2030.' })).toEqual([]);
  });

  it('flags a body period that differs from the title’s', () => {
    const found = check('Kế hoạch thực hiện Chương trình giai đoạn 2026-2030', { 63: '2. Thời gian thực hiện: Từ năm 2026 đến năm 2035.' });
    expect(found.map((f) => [f.location.paragraph, f.message])).toEqual([[63, 'Trích yếu ghi giai đoạn 2026-2030, nhưng nội dung ghi 2026-2035']]);
  });

  it('flags a plan that runs past its parent’s end', () => {
    const found = check('Kế hoạch thực hiện Chương trình giai đoạn 2026-2035', {});
    expect(found.map((f) => [f.location.paragraph, f.severity])).toEqual([[9, 'warning']]);
    expect(found[0].message).toContain('kéo dài quá năm 2030');
  });

  it('does not take a cited programme’s period for the plan’s', () => {
    expect(check('Kế hoạch thực hiện Chương trình giai đoạn 2026-2030', { 11: 'Căn cứ Quyết định số 2282/QĐ-TTg … giai đoạn 2021-2030', 30: 'Trên cơ sở mục tiêu giai đoạn 2021-2030 của Chương trình' })).toEqual([]);
  });

  it('does not take the thời kỳ of a quy hoạch the title names for the plan’s period', () => {
    expect(check('Kế hoạch triển khai thực hiện Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 trong năm 2026', {}, { from: 2026, to: 2030 })).toEqual([]);
  });

  it('reads the closing "Trên đây là Kế hoạch … giai đoạn …" as the body’s statement', () => {
    const found = check('Kế hoạch thực hiện Chương trình giai đoạn 2026-2030', { 76: 'Trên đây là Kế hoạch thực hiện Chương trình giai đoạn 2025-2030 trên địa bàn xã.' });
    expect(found).toHaveLength(1);
  });
});

describe('the parent the pane offers first', () => {
  const kh163 = parentPlan();
  const qd = { ...parentPlan(), id: 'qd-2282-ttg', kind: 'QĐ', number: '2282/QĐ-TTg' };

  it('is the linked one when the pane knows it', () => {
    expect(knownParentOf(planOf({ references: [qd2282] }), { id: kh163.id, number: kh163.number }, [qd, kh163])?.id).toBe(kh163.id);
  });

  it('is the one the preamble cites when there is no link', () => {
    expect(knownParentOf(planOf({ references: [ref('163/KH-UBND', '2026-05-12', 'UBND tỉnh')] }), null, [qd, kh163])?.id).toBe(kh163.id);
  });

  it('is none when the document cites nothing the pane knows', () => {
    expect(knownParentOf(planOf({ references: [ref('99/KH-UBND', null, null)] }), null, [qd, kh163])).toBeNull();
  });
});
