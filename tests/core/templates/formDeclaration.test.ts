import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { catalogPlan, unitRegistry } from '../../../src/core/catalog/store';
import { BUILT_IN_STORE } from '../../../src/core/catalog/builtIn';
import { decisionFor, missingFields, reportingPreview, targetRows, taskRows } from '../../../src/core/templates/draftChoices';
import type { DraftForm } from '../../../src/core/templates/draftForm';
import { draftFromForm } from '../../../src/core/templates/draftPlan';
import { formShapeAt, parseFormDeclaration, requiredByShape, setValueAt } from '../../../src/core/templates/formDeclaration';

const DECLARATION_TEXT = readFileSync(new URL('../../../templates/form.yaml', import.meta.url), 'utf8');
const declaration = parseFormDeclaration(DECLARATION_TEXT);
const commune = (): DraftForm => parse(readFileSync(new URL('../../../examples/xa-dong-viet.yaml', import.meta.url), 'utf8')) as DraftForm;
const province = catalogPlan(BUILT_IN_STORE, 'kh-163-ubnd-bac-ninh', { file: 'test' });
const xa = unitRegistry(BUILT_IN_STORE, 'xa', { file: 'test' });

describe('the drafting form’s declared fields (templates/form.yaml)', () => {
  it('declares only fields the form has, or an organisation’s own under fields.<name>', () => {
    for (const f of declaration.groups.flatMap((g) => g.fields)) expect(formShapeAt(f.path), f.path).not.toBeNull();
  });

  it('marks required exactly the fields the form cannot do without', () => {
    for (const f of declaration.groups.flatMap((g) => g.fields)) expect(f.required, f.path).toBe(requiredByShape(f.path));
    // The lead of a sub-task is optional: a sub-task without one has no fields of its own.
    expect(declaration.point.find((f) => f.path === 'lead')?.required).toBe(false);
    expect(declaration.task.filter((f) => f.required).map((f) => f.path)).toEqual(['lead', 'timing']);
  });

  it('reports a mistake in the declaration with its line and column', () => {
    const wrong = DECLARATION_TEXT.replace('input: date', 'input: calendar');
    const line = wrong.split('\n').findIndex((l) => l.includes('calendar')) + 1;
    expect(() => parseFormDeclaration(wrong)).toThrow(expect.objectContaining({ file: 'templates/form.yaml', place: expect.objectContaining({ line }), message: expect.stringMatching(/^"groups\[2\]\.fields\[2\]\.input" phải là một trong/) }));
  });
});

describe('what the form decides on', () => {
  it('offers the parent’s first-level tasks only: a sub-task (2.a) comes with its task', () => {
    // The province's plan with sub-tasks under task 2, one of them not carried out by a commune.
    const withPoints = {
      ...province,
      tasks: [
        ...province.tasks,
        { code: '2.a', title: 'Đánh giá thực trạng đội ngũ cán bộ nữ.' },
        { code: '2.b', title: 'Mô hình vườn ươm cho sinh viên các cơ sở đào tạo.', levels: { xa: { applies: false, reason: 'Xã không có cơ sở đào tạo' } } },
      ],
    };
    const rows = taskRows(withPoints, commune(), xa);
    expect(rows.map((r) => r.code)).toEqual(['1', '2', '3', '4', '5']);
    expect(rows.find((r) => r.code === '2')!.points.map((p) => [p.code, p.applies, p.reason])).toEqual([
      ['2.a', true, null],
      ['2.b', false, 'Xã không có cơ sở đào tạo'],
    ]);
    expect(missingFields({ ...commune(), tasks: { ...commune().tasks } }, declaration, withPoints, xa)).toEqual([]);
  });

  it('says a task the data leaves out at the commune does not apply there, with the data’s reason', () => {
    const four = taskRows(province, commune(), xa).find((r) => r.code === '4')!;
    expect(four.choice).toBe('not-applicable');
    expect(four.levelReason).toBe(province.tasks.find((t) => t.code === '4')!.levels!.xa.reason);
  });

  it('words a task at the commune’s level by default', () => {
    const one = taskRows(province, commune(), xa).find((r) => r.code === '1')!;
    expect(one.defaultTitle).toContain('chính quyền xã');
  });

  it('keeps what was typed when a task changes from not applying back to applying', () => {
    const rows = taskRows(province, commune(), xa);
    const two = rows.find((r) => r.code === '2')!;
    const out = decisionFor('not-applicable', two, { lead: 'van-phong', timing: 'Quý III' }, rows);
    expect(out).toEqual({ applies: false, lead: 'van-phong', timing: 'Quý III' });
    expect(decisionFor('applies', two, out, rows)).toEqual({ lead: 'van-phong', timing: 'Quý III' });
  });

  it('needs no entry for a task the data already leaves out, unless the secretary gives a reason of her own', () => {
    const rows = taskRows(province, commune(), xa);
    const four = rows.find((r) => r.code === '4')!;
    expect(decisionFor('not-applicable', four, undefined, rows)).toBeUndefined();
    expect(decisionFor('not-applicable', four, { reason: 'Xã chưa có đối tác' }, rows)).toEqual({ applies: false, reason: 'Xã chưa có đối tác' });
  });

  it('offers the targets of the plan’s period, one per indicator, and the ones the commune cannot set as not applying', () => {
    const rows = targetRows(province, commune(), xa);
    expect(rows.map((r) => [r.id, r.applies])).toEqual([
      ['lanh-dao-chu-chot-nu', false],
      ['nu-quy-hoach', true],
      ['nu-quy-hoach-dao-tao', true],
    ]);
  });

  it('computes the reporting deadline before the parent’s, with the reason', () => {
    const { plan } = reportingPreview(province, commune(), xa);
    expect(plan?.deadline).toBe('30/11');
    expect(plan?.reason).toMatch(/^10 ngày trước hạn 10\/12 của kế hoạch cấp trên/);
    const chosen = commune();
    chosen.reporting.deadline = '25/11';
    expect(reportingPreview(province, chosen, xa).plan?.reason).toMatch(/^hạn do đơn vị chọn/);
    chosen.reporting.deadline = '15/12';
    expect(reportingPreview(province, chosen, xa).problem?.vi).toMatch(/không sớm hơn hạn 10\/12/);
  });
});

describe('required fields left empty', () => {
  it('are none on the shipped example, which drafts', () => {
    expect(missingFields(commune(), declaration, province, xa)).toEqual([]);
    expect(() => draftFromForm(commune())).not.toThrow();
  });

  it('are named by the form’s labels, a task’s with its number, and never a parent sub-task’s', () => {
    const form = commune();
    setValueAt(form as unknown as Record<string, unknown>, 'signer.name', '');
    form.tasks['2'] = { timing: 'Hằng năm' };
    form.tasks['4'] = { applies: false, reason: '' };
    form.ownTasks![0].points = [{ title: '' }];
    expect(missingFields(form, declaration, province, xa).map((m) => [m.path, m.label.vi])).toEqual([
      ['signer.name', 'Họ và tên người ký'],
      ['tasks.2.lead', 'Đơn vị chủ trì (nhiệm vụ 2)'],
      ['ownTasks.0.points.0.title', 'Nội dung điểm (nhiệm vụ riêng 1, điểm 1)'],
    ]);
  });

  it('ask for a timing only where the parent gives none', () => {
    const form = commune();
    delete form.tasks['1'].timing;
    expect(missingFields(form, declaration, province, xa)).toEqual([]);
    expect(draftFromForm(form).ctx.tasks[0].timing).toBe('Thường xuyên');
  });

  it('ask for a reason where a task is left out that the data keeps', () => {
    const form = commune();
    form.tasks['3'] = { applies: false, reason: '' };
    expect(missingFields(form, declaration, province, xa).map((m) => m.path)).toEqual(['tasks.3.reason']);
  });
});

describe('an organisation’s own field', () => {
  it('is carried by the form to the templates as fields.<name>', () => {
    const form = commune();
    form.fields = { kinhPhi: '120 triệu đồng' };
    expect(draftFromForm(form).ctx.fields).toEqual({ kinhPhi: '120 triệu đồng' });
  });
});
