import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/core/checks/engine';
import { taskLeadMissing } from '../../../src/core/checks/rules/tasks/taskLeadMissing';
import { taskTimingMissing } from '../../../src/core/checks/rules/tasks/taskTimingMissing';
import { ctxOf, planOf, task } from './builders';
import { readPlainText } from '../../../src/core/text/readPlainText';
import { readPlan } from '../../../src/core/plan/readPlan';

/** A small plan read as `kh check` reads a .txt, its tasks section given. */
function leadFindings(tasks: string) {
  const text = `ỦY BAN NHÂN DÂN XÃ TÂN AN\nSố: 12/KH-UBND\nTân An, ngày 15 tháng 4 năm 2026\nKẾ HOẠCH\nTuyên truyền năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\nNâng cao nhận thức.\nII. NHIỆM VỤ, GIẢI PHÁP\n${tasks}\nIII. TỔ CHỨC THỰC HIỆN\nCác đơn vị báo cáo trước ngày 15/11/2026.`;
  const snapshot = readPlainText(new TextEncoder().encode(text), 'ke-hoach.txt');
  return checkPlan({ snapshot, plan: readPlan(snapshot), parent: null }, {}, [taskLeadMissing]);
}

const run = (rule: typeof taskLeadMissing, tasks: ReturnType<typeof task>[]) => checkPlan(ctxOf(planOf({ tasks })), {}, [rule]);

describe('task-lead-missing and "Đơn vị thực hiện" (DESIGN.md: the lead where that is how the plan names it)', () => {
  it('accepts "Đơn vị thực hiện" as the lead in a plan that names every lead that way', () => {
    expect(leadFindings('1. Tuyên truyền\n- Đơn vị thực hiện: Phòng Văn hóa - Xã hội.\n- Thời gian thực hiện: Quý II.\n2. Tập huấn\n- Đơn vị thực hiện: Văn phòng HĐND và UBND xã.\n- Thời gian thực hiện: Quý III.')).toEqual([]);
  });

  it('says why it is not the lead where the plan gives it beside "Đơn vị chủ trì" in other tasks', () => {
    const found = leadFindings('1. Tuyên truyền\n- Đơn vị thực hiện: Các cơ quan, đơn vị, thôn.\n- Thời gian thực hiện: Quý II.\n2. Tập huấn\n- Đơn vị chủ trì: Văn phòng HĐND và UBND xã.\n- Đơn vị thực hiện: Các cơ quan, đơn vị, thôn.\n- Thời gian thực hiện: Quý III.');
    expect(found).toHaveLength(1);
    expect(found[0].message).toBe('Nhiệm vụ II.1 chưa có đơn vị chủ trì: "Đơn vị thực hiện: Các cơ quan, đơn vị, thôn" ở đây là đơn vị cùng thực hiện, vì kế hoạch này ghi "Đơn vị thực hiện" bên cạnh "Đơn vị chủ trì" ở nhiệm vụ khác; ghi rõ đơn vị chủ trì');
    expect(found[0].messageEn).toMatch(/^Task II\.1 has no lead unit: "Đơn vị thực hiện: Các cơ quan, đơn vị, thôn" names the units carrying it out here/);
    expect(found[0].fix).toMatchObject({ kind: 'insert-paragraph-after', text: 'Đơn vị chủ trì: …' });
  });
});

describe('task-lead-missing', () => {
  it('flags a task with no lead unit, on the task title, naming the task by its path', () => {
    const [f, ...rest] = run(taskLeadMissing, [task({ path: 'III.2.a', paragraph: 40, timing: 'Thường xuyên' })]);
    expect(rest).toEqual([]);
    expect(f.rule).toBe('task-lead-missing');
    expect(f.severity).toBe('error');
    expect(f.location.paragraph).toBe(40);
    expect(f.message).toBe('Nhiệm vụ III.2.a chưa có đơn vị chủ trì');
  });

  it('accepts a task whatever label the plan used for the lead (the reader already mapped it)', () => {
    expect(run(taskLeadMissing, [task({ path: 'II.1', paragraph: 22, lead: 'Sở Khoa học và Công nghệ', timing: 'Quý IV năm 2025' })])).toEqual([]);
  });

  it('counts a lead left as a placeholder ("…", "[…]", "....") as missing, on the field line', () => {
    for (const blank of ['…', '[…]', '....', '[tên đơn vị]', '']) {
      const found = run(taskLeadMissing, [task({ path: 'III.1', paragraph: 40, lead: blank, leadAt: 42, timing: 'Thường xuyên' })]);
      expect(found, blank).toHaveLength(1);
      expect(found[0].location.paragraph).toBe(42);
      expect(found[0].fix).toBeUndefined();
    }
  });

  it('offers to insert "Đơn vị chủ trì: …" tagged kh:lead after the task’s last field line', () => {
    const [f] = run(taskLeadMissing, [task({ path: 'III.1', paragraph: 40, endParagraph: 46, timing: 'Thường xuyên', timingAt: 45 })]);
    expect(f.fix).toMatchObject({ kind: 'insert-paragraph-after', paragraph: 45, text: 'Đơn vị chủ trì: …', tag: 'kh:lead' });
    expect(f.fix?.label.vi).toContain('Đơn vị chủ trì');
  });

  it('offers to insert the lead after the title when the task has no field line at all', () => {
    const [f] = run(taskLeadMissing, [task({ path: 'III.1', paragraph: 40 })]);
    expect(f.fix?.paragraph).toBe(40);
  });

  it('offers no paragraph fix for a row of an appendix table', () => {
    const [f] = run(taskLeadMissing, [task({ path: 'PL.3', paragraph: 140, source: 'table', timing: 'Quý IV' })]);
    expect(f.fix).toBeUndefined();
  });

  it('flags nothing when the plan has no tasks (assignments only in Tổ chức thực hiện)', () => {
    expect(run(taskLeadMissing, [])).toEqual([]);
  });
});

describe('task-timing-missing', () => {
  it('flags a task with no timing and offers "Thời gian thực hiện: …" tagged kh:timing after its lead line', () => {
    const [f, ...rest] = run(taskTimingMissing, [task({ path: 'III.3', paragraph: 50, lead: 'Phòng Kinh tế', leadAt: 52 })]);
    expect(rest).toEqual([]);
    expect(f.message).toBe('Nhiệm vụ III.3 chưa có thời gian thực hiện');
    expect(f.location.paragraph).toBe(50);
    expect(f.fix).toMatchObject({ paragraph: 52, text: 'Thời gian thực hiện: …', tag: 'kh:timing' });
  });

  it('flags one finding per task, each inside its own task', () => {
    const found = run(taskTimingMissing, [
      task({ path: 'III.1', paragraph: 40, lead: 'A' }),
      task({ path: 'III.2', paragraph: 44, lead: 'B', timing: 'Năm 2026' }),
      task({ path: 'III.3', paragraph: 48, lead: 'C' }),
    ]);
    expect(found.map((f) => f.location.paragraph)).toEqual([40, 48]);
  });

  it('counts "…/…/2026" as no timing', () => {
    const found = run(taskTimingMissing, [task({ path: 'III.1', paragraph: 40, lead: 'A', timing: '…', timingAt: 43 })]);
    expect(found[0].message).toBe('Nhiệm vụ III.1: thời gian thực hiện còn để trống ("…")');
  });
});
