import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseParentPlan, writeParentPlan } from '../../../src/core/catalog/parentPlanFile';
import { inputErrors } from '../templates/support';

const CATALOG = join(__dirname, '..', '..', '..', 'templates', 'plans');

const VALID = `kind: KH
number: 12/KH-UBND
date: 2026-03-02
issuer: UBND tỉnh Thử
title: Thực hiện Chương trình thử
period: { from: 2026, to: 2030 }
parent: qd-2282-ttg
targets:
  - id: nu-quy-hoach
    indicator: nữ trong diện quy hoạch
    value: 50
    unit: "%"
    year: 2030
tasks:
  - code: "1"
    title: Tuyên truyền
    suggestedLead: Sở Nội vụ
    timing: Thường xuyên
  - code: 1.a
    title: Quán triệt
reporting:
  deadline: 10/12
  recurrence: yearly
  to: UBND tỉnh
`;

const errorsOf = (text: string, file = 'plans/thu.yaml'): string[] => inputErrors(() => parseParentPlan(text, file));

describe('parent plan files', () => {
  it('reads a plan: id from the file name, tasks, targets, reporting deadline and its own parent', () => {
    const plan = parseParentPlan(VALID, 'templates/plans/kh-12-thu.yaml');
    expect(plan.id).toBe('kh-12-thu');
    expect(plan.parent).toBe('qd-2282-ttg');
    expect(plan.tasks.map((t) => t.code)).toEqual(['1', '1.a']);
    expect(plan.targets[0]).toEqual({ id: 'nu-quy-hoach', indicator: 'nữ trong diện quy hoạch', value: 50, unit: '%', year: 2030 });
    expect(plan.reporting).toMatchObject({ day: 10, month: 12, recurrence: 'yearly', to: 'UBND tỉnh' });
  });

  it('reads every plan shipped in the catalog, and QĐ 2282 carries its 2030 targets', () => {
    const files = readdirSync(CATALOG).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) expect(() => parseParentPlan(readFileSync(join(CATALOG, f), 'utf8'), f)).not.toThrow();
    const qd = parseParentPlan(readFileSync(join(CATALOG, 'qd-2282-ttg.yaml'), 'utf8'), 'qd-2282-ttg.yaml');
    expect(qd.targets.filter((t) => t.year === 2030).map((t) => t.value)).toEqual([75, 50, 90]);
    const bn = parseParentPlan(readFileSync(join(CATALOG, 'kh-163-ubnd-bac-ninh.yaml'), 'utf8'), 'kh-163-ubnd-bac-ninh.yaml');
    expect([bn.number, bn.date, bn.parent]).toEqual(['163/KH-UBND', '2026-05-12', 'qd-2282-ttg']);
    const lc = parseParentPlan(readFileSync(join(CATALOG, 'kh-4595-ubnd-lai-chau.yaml'), 'utf8'), 'kh-4595-ubnd-lai-chau.yaml');
    expect([lc.number, lc.date, lc.reporting?.day, lc.reporting?.month]).toEqual(['4595/KH-UBND', '2026-06-09', 10, 12]);
  });

  it('reads a deadline set by month or quarter as due on its last day, and writes it back the same way', () => {
    const month = parseParentPlan(VALID.replace('deadline: 10/12', 'deadline: tháng 8'), 'plans/kh-12.yaml');
    expect(month.reporting).toMatchObject({ day: 31, month: 8, recurrence: 'yearly', period: { unit: 'month', month: 8 } });
    expect(writeParentPlan(month)).toMatch(/\n {2}deadline: tháng 8\n/);
    const quarter = parseParentPlan(VALID.replace('deadline: 10/12', 'deadline: quý III/2026').replace('recurrence: yearly', 'recurrence: once'), 'plans/kh-12.yaml');
    expect(quarter.reporting).toMatchObject({ day: 30, month: 9, year: 2026, period: { unit: 'quarter', quarter: 3 } });
    expect(errorsOf(VALID.replace('deadline: 10/12', 'deadline: tháng mười'))[0]).toMatch(/:22:13: hạn báo cáo "tháng mười" không đọc được/);
  });

  it('names file, line and column of a value of the wrong type', () => {
    const errors = errorsOf(VALID.replace('value: 50', 'value: năm mươi'));
    expect(errors).toEqual(['plans/thu.yaml:11:12: "targets[1].value" phải là số, không phải "năm mươi"']);
  });

  it('reports a missing required field and an unknown field together', () => {
    const errors = errorsOf(VALID.replace('issuer: UBND tỉnh Thử\n', '').replace('title:', 'titel: x\ntitle:'));
    expect(errors).toHaveLength(2);
    expect(errors.join('\n')).toMatch(/plans\/thu\.yaml:4:1: trường lạ "titel"/);
    expect(errors.join('\n')).toMatch(/thiếu trường bắt buộc "issuer"/);
  });

  it('refuses a date that is not a full ISO date, and a deadline that does not exist', () => {
    expect(errorsOf(VALID.replace('date: 2026-03-02', 'date: 2/3/2026'))[0]).toMatch(/^plans\/thu\.yaml:3:7: "date" phải là ngày đầy đủ/);
    expect(errorsOf(VALID.replace('deadline: 10/12', 'deadline: 31/13'))[0]).toMatch(/:22:13: hạn báo cáo "31\/13" không phải ngày có thật/);
  });

  it('says where the YAML itself is broken', () => {
    expect(errorsOf('kind: KH\nnumber: [12\n')[0]).toMatch(/^plans\/thu\.yaml:\d+:\d+: /);
  });

  it('writes a plan back that reads the same, with TODO comments above what is unresolved', () => {
    const plan = parseParentPlan(VALID, 'kh-12-thu.yaml');
    const again = parseParentPlan(writeParentPlan(plan), 'kh-12-thu.yaml');
    expect(again).toEqual(plan);
    const partial = { ...plan, number: '', date: '', unresolved: ['number', 'date'] };
    const text = writeParentPlan(partial);
    expect(text).toMatch(/# TODO: điền số, ký hiệu[^\n]*\nnumber: ""/);
    expect(text).toMatch(/unresolved:\n {2}- number\n {2}- date/);
    expect(parseParentPlan(text, 'x.yaml').unresolved).toEqual(['number', 'date']);
  });

  it('refuses a blank number that is not listed as unresolved', () => {
    expect(errorsOf(VALID.replace('number: 12/KH-UBND', 'number: ""'))[0]).toMatch(/"number" đang trống/);
  });
});
