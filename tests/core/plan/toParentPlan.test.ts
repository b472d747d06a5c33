import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parentFromDocument, planToParent, slugify } from '../../../src/core/plan/toParentPlan';
import { readPlan } from '../../../src/core/plan/readPlan';
import { readPlainText } from '../../../src/core/text/readPlainText';
import { parseParentPlan, writeParentPlan } from '../../../src/core/catalog/parentPlanFile';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'templates');
const read = (name: string) => readPlan(readPlainText(readFileSync(join(FIXTURES, name)), name));

describe('a parent plan from a document', () => {
  const plan = read('kh-tinh-thu.txt');
  const parent = planToParent(plan, 'kh-88-ubnd-thu');

  it('takes number, kind, date, issuer, title and period from the document', () => {
    expect(parent).toMatchObject({ id: 'kh-88-ubnd-thu', kind: 'KH', number: '88/KH-UBND', date: '2026-03-04', period: { from: 2026, to: 2030 } });
    expect(parent.issuer).toMatch(/ỦY BAN NHÂN DÂN TỈNH THỬ/i);
    expect(parent.title).toMatch(/^Thực hiện Chương trình thử nghiệm/);
  });

  it('keeps each task with its code inside the section, suggested lead and timing', () => {
    expect(parent.tasks.map((t) => t.code)).toEqual(['1', '2']);
    expect(parent.tasks[0]).toMatchObject({ suggestedLead: 'Sở Nội vụ', timing: 'Thường xuyên' });
  });

  it('keeps each target with an id a maintainer can type, and the reporting deadline', () => {
    expect(parent.targets).toHaveLength(1);
    expect(parent.targets[0]).toMatchObject({ value: 80, unit: '%', year: 2030 });
    expect(parent.targets[0].id).toMatch(/^[a-z0-9-]+$/);
    expect(parent.reporting).toMatchObject({ day: 5, month: 12, recurrence: 'yearly' });
  });

  it('leaves its own parent for the user to fill: the catalog id is not in the document', () => {
    expect(parent.parent).toBeNull();
    expect(parent.unresolved).toEqual(['parent']);
  });

  it('marks what a document does not say instead of guessing', () => {
    const bare = planToParent(read('kh-khong-so.txt'), 'bare');
    expect(bare.unresolved).toEqual(expect.arrayContaining(['number', 'date', 'issuer', 'reporting']));
    const yaml = writeParentPlan(bare);
    expect(yaml).toMatch(/# TODO: điền số, ký hiệu/);
    expect(yaml).toMatch(/# TODO: điền ngày ban hành/);
    expect(parseParentPlan(yaml, 'bare.yaml').unresolved).toEqual(bare.unresolved);
  });

  it('makes ids from Vietnamese words without tone marks', () => {
    expect(slugify('Lãnh đạo chủ chốt là nữ')).toBe('lanh-dao-chu-chot-la-nu');
  });

  it('reads a parent document the same way for the CLI and the pane, its id from the file name', () => {
    const snapshot = readPlainText(readFileSync(join(FIXTURES, 'kh-tinh-thu.txt')), 'kh-tinh-thu.txt');
    const parent = parentFromDocument(snapshot, '/tmp/Kế hoạch 88 tỉnh Thử.txt');
    expect(parent).toEqual(planToParent(readPlan(snapshot), 'ke-hoach-88-tinh-thu'));
  });
});
