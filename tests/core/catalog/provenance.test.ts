import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseParentPlan } from '../../../src/core/catalog/parentPlanFile';
import { keySegments, provenanceLines, provenanceOf, provenanceText, valuePaths, valuesWithoutProvenance } from '../../../src/core/catalog/provenance';
import type { ParentPlan } from '../../../src/core/plan/parentPlan';
import { inputErrors } from '../templates/support';

const PLAN: ParentPlan = {
  id: 'kh-1-thu',
  kind: 'KH',
  number: '1/KH-UBND',
  date: '2026-01-05',
  issuer: 'UBND tỉnh Thử',
  title: 'Tuyên truyền',
  targets: [{ id: 'nu-quy-hoach', indicator: 'nữ trong diện quy hoạch', value: 50, unit: '%', year: 2030 }],
  tasks: [
    { code: '1', title: 'Tuyên truyền', heading: 'Tuyên truyền', suggestedLead: 'Sở Nội vụ' },
    { code: '1.a', title: 'Quán triệt', timing: 'Quý I' },
  ],
  reporting: null,
  provenance: {
    document: 'kh-1.docx',
    values: {
      number: { from: 'đoạn 5' },
      date: { assumed: 'bản lưu chỉ ghi tháng' },
      tasks: { from: 'mục III' },
      'tasks[*].heading': { assumed: 'tên ngắn do người giữ mẫu đặt' },
      'tasks[1.a].timing': { from: 'đoạn 40, bảng 2 dòng 3' },
      reporting: { unread: 'không ghi hạn' },
    },
  },
};

describe('provenance of a parent plan', () => {
  it('reads keys that name a value, a task by code, every task, or a field of all tasks', () => {
    expect(keySegments('tasks[2.a].title')).toEqual(['tasks', '[2.a]', 'title']);
    expect(keySegments('tasks[*].heading')).toEqual(['tasks', '[*]', 'heading']);
    expect(keySegments('reporting.deadline')).toEqual(['reporting', 'deadline']);
    for (const bad of ['', 'tasks[', '[1].title', 'tasks..title', 'tasks.']) expect(keySegments(bad)).toBeNull();
  });

  it('answers each value with its most specific note: a task field beats "every task", which beats "all tasks"', () => {
    expect(provenanceOf(PLAN.provenance, 'tasks[1.a].timing')?.note).toEqual({ from: 'đoạn 40, bảng 2 dòng 3' });
    expect(provenanceOf(PLAN.provenance, 'tasks[1].heading')?.note).toEqual({ assumed: 'tên ngắn do người giữ mẫu đặt' });
    expect(provenanceOf(PLAN.provenance, 'tasks[1].suggestedLead')?.key).toBe('tasks');
  });

  it('lists every value nobody vouched for', () => {
    expect(valuePaths(PLAN)).toContain('targets[nu-quy-hoach].value');
    expect(valuesWithoutProvenance(PLAN)).toEqual(['kind', 'issuer', 'title', 'targets[nu-quy-hoach].indicator', 'targets[nu-quy-hoach].value', 'targets[nu-quy-hoach].unit', 'targets[nu-quy-hoach].year']);
  });

  it('shows the secretary what was not read first, then what is assumed, in her words', () => {
    const lines = provenanceLines(PLAN).map(provenanceText);
    expect(lines[0]).toBe('Chưa đọc được — hạn báo cáo: không ghi hạn');
    expect(lines.slice(1, 3)).toEqual(['Giả định — ngày ban hành: bản lưu chỉ ghi tháng', 'Giả định — mọi nhiệm vụ: tên ngắn: tên ngắn do người giữ mẫu đặt']);
    expect(lines).toContain('Từ văn bản — nhiệm vụ 1.a: thời gian: đoạn 40, bảng 2 dòng 3');
  });
});

const YAML = `kind: KH
number: 1/KH-UBND
date: 2026-01-05
issuer: UBND tỉnh Thử
title: Tuyên truyền
targets: []
tasks:
  - code: "1"
    title: Tuyên truyền
reporting: null
provenance:
  document: null
  values:
    number: { assumed: "chưa có số" }
`;

describe('provenance in a plan file', () => {
  it('is read with the plan', () => {
    expect(parseParentPlan(YAML, 'plans/kh-1.yaml').provenance).toEqual({ document: null, values: { number: { assumed: 'chưa có số' } } });
  });

  it('refuses a note that says two things, a malformed key and a key that names no value, each at its place', () => {
    const errors = inputErrors(() => parseParentPlan(YAML.replace('number: { assumed: "chưa có số" }', 'number: { assumed: "a", from: "đoạn 2" }\n    "tasks[": { from: "x" }\n    tasks[9].title: { from: "đoạn 9" }'), 'plans/kh-1.yaml'));
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^plans\/kh-1\.yaml:14:13: provenance "number": ghi đúng một trong from/);
    expect(errors[1]).toMatch(/^plans\/kh-1\.yaml:15:\d+: provenance: khoá "tasks\[" không đúng dạng/);
    expect(errors[2]).toMatch(/^plans\/kh-1\.yaml:16:\d+: provenance: "tasks\[9\]\.title" không chỉ tới giá trị nào/);
  });
});

const CATALOG = join(__dirname, '..', '..', '..', 'templates', 'plans');
const shipped = readdirSync(CATALOG).filter((f) => f.endsWith('.yaml'));

describe('the parent plans shipped in templates/plans', () => {
  it.each(shipped)('%s says where every value comes from', (f) => {
    const plan = parseParentPlan(readFileSync(join(CATALOG, f), 'utf8'), f);
    expect(plan.provenance, 'provenance: missing').toBeDefined();
    expect(valuesWithoutProvenance(plan)).toEqual([]);
  });

  it.each(shipped)('%s takes nothing from the drafts the project checks: a value read from a document names a real document', (f) => {
    const plan = parseParentPlan(readFileSync(join(CATALOG, f), 'utf8'), f);
    const read = Object.values(plan.provenance?.values ?? {}).filter((n) => 'from' in n);
    if (read.length) expect(plan.provenance?.document).toMatch(/\.docx?\b/);
    expect(plan.provenance?.document ?? '').not.toMatch(/seeds|binh-dang-gioi/);
  });
});
