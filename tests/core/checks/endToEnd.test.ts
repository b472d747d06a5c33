/**
 * The checker on whole plans, read the way `kh check` reads a .txt: readPlainText → readPlan →
 * checkPlan. Each mutation is compared with the untouched plan, so a finding must appear exactly
 * where the defect was made and nowhere else.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPlainText } from '../../../src/core/text/readPlainText';
import { readPlan } from '../../../src/core/plan/readPlan';
import { checkPlan } from '../../../src/core/checks/engine';
import type { Finding } from '../../../src/core/checks/types';
import type { ParentPlan } from '../../../src/core/plan/parentPlan';
import { parentPlan } from './builders';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/checks/${name}`, import.meta.url)), 'utf8');
const LABELLED = fixture('ke-hoach-nhiem-vu-co-nhan.txt');

function check(text: string, parent: ParentPlan | null = null): Finding[] {
  const snapshot = readPlainText(new TextEncoder().encode(text), 'ke-hoach.txt');
  return checkPlan({ snapshot, plan: readPlan(snapshot), parent });
}

/** The plan with one line removed; returns the text and the removed line's 1-based number. */
function withoutLine(text: string, starts: string, after = 0): { text: string; line: number } {
  const lines = text.split('\n');
  let index = -1;
  for (let i = 0, seen = 0; i < lines.length; i++) {
    if (lines[i].startsWith(starts) && seen++ === after) { index = i; break; }
  }
  if (index < 0) throw new Error(`no line starts with "${starts}"`);
  lines.splice(index, 1);
  return { text: lines.join('\n'), line: index + 1 };
}

function lineOf(text: string, starts: string): number {
  return text.split('\n').findIndex((l) => l.startsWith(starts)) + 1;
}

/** Findings after a deletion that were not there before, with paragraphs shifted back for the deleted line. */
function newFindings(before: Finding[], after: Finding[], deletedLine: number): Finding[] {
  const key = (f: Finding, p: number) => `${f.rule}@${p}@${f.message}`;
  const old = new Set(before.map((f) => key(f, f.location.paragraph)));
  return after.filter((f) => !old.has(key(f, f.location.paragraph >= deletedLine ? f.location.paragraph + 1 : f.location.paragraph)));
}

describe('an untouched plan', () => {
  it('with labelled tasks and a reporting deadline gets no finding at all', () => {
    expect(check(LABELLED)).toEqual([]);
  });

  it('that assigns work only in Tổ chức thực hiện is not flagged task by task', () => {
    const found = check(fixture('ke-hoach-giao-viec-o-to-chuc-thuc-hien.txt'));
    expect(found.filter((f) => f.rule.startsWith('task-'))).toEqual([]);
    expect(found).toEqual([]);
  });
});

describe('deleting one field line of one labelled task', () => {
  const before = check(LABELLED);

  it('the lead-unit line of task III.2.b → exactly one new task-lead-missing inside that task', () => {
    const { text, line } = withoutLine(LABELLED, 'Đơn vị chủ trì:', 2);
    const added = newFindings(before, check(text), line);
    expect(added.map((f) => f.rule)).toEqual(['task-lead-missing']);
    expect(added[0].message).toBe('Nhiệm vụ III.2.b chưa có đơn vị chủ trì');
    const title = lineOf(text, 'b) Vận động');
    expect(added[0].location.paragraph).toBeGreaterThanOrEqual(title);
    expect(added[0].location.paragraph).toBeLessThan(lineOf(text, '3. Phát triển'));
    expect(added[0].fix).toMatchObject({ kind: 'insert-paragraph-after', text: 'Đơn vị chủ trì: …', tag: 'kh:lead' });
  });

  it('the timing line of task III.1 → exactly one new task-timing-missing inside that task', () => {
    const { text, line } = withoutLine(LABELLED, 'Thời gian thực hiện:', 0);
    const added = newFindings(before, check(text), line);
    expect(added.map((f) => [f.rule, f.message])).toEqual([['task-timing-missing', 'Nhiệm vụ III.1 chưa có thời gian thực hiện']]);
    expect(added[0].location.paragraph).toBeGreaterThanOrEqual(lineOf(text, '1. Tuyên truyền'));
    expect(added[0].location.paragraph).toBeLessThan(lineOf(text, '2. Xây dựng'));
    // The fix goes after the task's last field line, the cooperating units.
    expect(added[0].fix?.paragraph).toBe(lineOf(text, 'Đơn vị phối hợp: Đoàn Thanh niên'));
  });

  it('any field line of any task → exactly one new finding of the matching rule, inside that task', () => {
    const lines = LABELLED.split('\n');
    const fieldLines = lines.map((l, i) => ({ l, line: i + 1 })).filter(({ l }) => /^(Đơn vị chủ trì|Thời gian thực hiện):/.test(l));
    expect(fieldLines).toHaveLength(8);
    for (const { l, line } of fieldLines) {
      const text = [...lines.slice(0, line - 1), ...lines.slice(line)].join('\n');
      const added = newFindings(before, check(text), line);
      const rule = l.startsWith('Đơn vị') ? 'task-lead-missing' : 'task-timing-missing';
      expect(added.map((f) => f.rule), `line ${line}`).toEqual([rule]);
      // The task's title is the nearest numbered line above the deleted one.
      const title = lines.slice(0, line - 1).findLastIndex((x) => /^(\d+\.|[a-zđ]\))\s/.test(x)) + 1;
      expect(added[0].location.paragraph, `line ${line}`).toBe(title);
    }
  });

  it('a task stripped of all its field lines, among labelled siblings, is flagged for both', () => {
    const text = LABELLED.replace('Đơn vị chủ trì: Các trường tiểu học và trung học cơ sở.\nĐơn vị phối hợp: Phòng Văn hóa - Xã hội.\nThời gian thực hiện: Tháng 4 hằng năm.\n', '');
    const found = check(text);
    expect(found.map((f) => [f.rule, f.message])).toEqual([
      ['task-lead-missing', 'Nhiệm vụ III.3 chưa có đơn vị chủ trì'],
      ['task-timing-missing', 'Nhiệm vụ III.3 chưa có thời gian thực hiện'],
    ]);
  });

  it('a lead left as "…" → task-lead-missing on the field line, and no second finding for the blank', () => {
    const text = LABELLED.replace('Đơn vị chủ trì: Các trường tiểu học và trung học cơ sở.', 'Đơn vị chủ trì: …');
    const found = check(text);
    expect(found.map((f) => [f.rule, f.location.paragraph])).toEqual([['task-lead-missing', lineOf(text, 'Đơn vị chủ trì: …')]]);
  });
});

describe('the reporting deadline', () => {
  it('deleting the reporting sentence → report-deadline-missing', () => {
    const { text } = withoutLine(LABELLED, '3. Các cơ quan, đơn vị báo cáo');
    const found = check(text);
    expect(found.map((f) => f.rule)).toEqual(['report-deadline-missing']);
    expect(found[0].location.paragraph).toBe(lineOf(text, 'V. TỔ CHỨC THỰC HIỆN'));
  });

  it('a reporting sentence that names no date → report-deadline-missing on that sentence', () => {
    const text = LABELLED.replace(' trước ngày 25/11 hằng năm', ' theo quy định');
    const found = check(text);
    expect(found.map((f) => [f.rule, f.location.paragraph])).toEqual([['report-deadline-missing', lineOf(text, '3. Các cơ quan, đơn vị báo cáo')]]);
  });
});

describe('numbering', () => {
  it('two sections numbered IV → section-numbering on the second', () => {
    const text = fixture('ke-hoach-hai-muc-iv.txt');
    const found = check(text);
    expect(found.map((f) => [f.rule, f.location.paragraph])).toEqual([['section-numbering', lineOf(text, 'IV. TỔ CHỨC')]]);
  });
});

describe('against the parent plan', () => {
  const parent = parentPlan({
    number: '88/KH-UBND',
    date: '2026-01-20',
    issuer: 'Ủy ban nhân dân tỉnh Hà Nam',
    issuerShort: 'UBND tỉnh',
    period: { from: 2026, to: 2030 },
    reporting: { day: 10, month: 12, recurrence: 'yearly' },
    targets: [{ id: 'tu-sach-thon', indicator: 'thôn có tủ sách cộng đồng', value: 100, unit: '%', year: 2030 }],
  });

  it('accepts a plan that cites its parent right, reports earlier and keeps its targets', () => {
    expect(check(LABELLED, parent)).toEqual([]);
  });

  it('flags a wrong date in the citation, a late deadline and a lowered target, each where it is', () => {
    const text = LABELLED.replace('88/KH-UBND ngày 20/01/2026', '88/KH-UBND ngày 02/01/2026')
      .replace('trước ngày 25/11 hằng năm', 'trước ngày 15/12 hằng năm')
      .replace('100% thôn có tủ sách', '90% thôn có tủ sách');
    const found = check(text, parent);
    expect(found.map((f) => [f.rule, f.location.paragraph])).toEqual([
      ['parent-ref-mismatch', lineOf(text, 'Thực hiện Kế hoạch')],
      ['target-below-parent', lineOf(text, '- Đến năm 2030, 90%')],
      ['report-deadline-after-parent', lineOf(text, '3. Các cơ quan, đơn vị báo cáo')],
    ]);
  });

  it('flags a plan that cites another plan instead of its parent', () => {
    const found = check(LABELLED, parentPlan({ number: '12/KH-UBND', reporting: null }));
    expect(found.map((f) => f.rule)).toEqual(['parent-ref-missing']);
  });

  it('flags a plan that runs past its parent’s period', () => {
    const found = check(LABELLED.replaceAll('2026-2030', '2026-2035'), parent);
    expect(found.map((f) => f.rule)).toEqual(['period-mismatch']);
  });
});
