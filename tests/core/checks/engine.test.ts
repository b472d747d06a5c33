import { describe, expect, it } from 'vitest';
import { checkPlan, summarize } from '../../../src/core/checks/engine';
import type { Rule } from '../../../src/core/checks/types';
import { ctxOf, emptyPlan, snapshotWith } from './builders';

const longLine = 'Đơn vị chủ trì: Phòng Văn hóa - Xã hội xã phối hợp với Văn phòng HĐND và UBND xã và các thôn trên địa bàn';

function rule(id: string, hits: { paragraph: number; args?: Record<string, string | number>; variant?: string }[], extra: Partial<Rule> = {}): Rule {
  return {
    id,
    severity: 'warning',
    appliesTo: 'any',
    title: { vi: id, en: id },
    message: { vi: 'Nhiệm vụ {path} thiếu {what}', en: 'Task {path} lacks {what}' },
    check: () => hits,
    ...extra,
  };
}

describe('checkPlan', () => {
  const snapshot = snapshotWith(10, { 3: longLine, 7: 'III. NHIỆM VỤ' });
  const ctx = ctxOf(emptyPlan(), snapshot);

  it('fills the message placeholders from the hit in Vietnamese and English', () => {
    const [f] = checkPlan(ctx, {}, [rule('a', [{ paragraph: 3, args: { path: 'III.2.a', what: 'đơn vị chủ trì' } }])]);
    expect(f.message).toBe('Nhiệm vụ III.2.a thiếu đơn vị chủ trì');
    expect(f.messageEn).toBe('Task III.2.a lacks đơn vị chủ trì');
  });

  it('uses a variant message when the hit names one', () => {
    const r = rule('a', [{ paragraph: 3, variant: 'other', args: { path: 'X' } }], { variants: { other: { vi: 'Khác {path}', en: 'Other {path}' } } });
    expect(checkPlan(ctx, {}, [r])[0].message).toBe('Khác X');
  });

  it('anchors each finding to its paragraph with the first 80 characters of its text', () => {
    const [f] = checkPlan(ctx, {}, [rule('a', [{ paragraph: 3 }])]);
    expect(f.location.paragraph).toBe(3);
    expect(f.location.text).toBe(Array.from(longLine).slice(0, 80).join(''));
    expect(Array.from(f.location.text)).toHaveLength(80);
  });

  it('sorts findings by paragraph, then by rule id', () => {
    const found = checkPlan(ctx, {}, [rule('b', [{ paragraph: 7 }, { paragraph: 3 }]), rule('a', [{ paragraph: 7 }])]);
    expect(found.map((f) => `${f.location.paragraph}:${f.rule}`)).toEqual(['3:b', '7:a', '7:b']);
  });

  it('skips disabled rules', () => {
    const found = checkPlan(ctx, { disabled: ['a'] }, [rule('a', [{ paragraph: 3 }]), rule('b', [{ paragraph: 3 }])]);
    expect(found.map((f) => f.rule)).toEqual(['b']);
  });

  it('drops one ignored finding, or every finding of a rule ignored without a paragraph', () => {
    const rs = [rule('a', [{ paragraph: 3 }, { paragraph: 7 }]), rule('b', [{ paragraph: 3 }])];
    expect(checkPlan(ctx, { ignored: [{ rule: 'a', paragraph: 3 }] }, rs).map((f) => `${f.location.paragraph}:${f.rule}`)).toEqual(['3:b', '7:a']);
    expect(checkPlan(ctx, { ignored: [{ rule: 'b' }] }, rs).map((f) => f.rule)).toEqual(['a', 'a']);
  });

  it('drops an ignored finding by its excerpt, wherever edits moved its paragraph', () => {
    const rs = [rule('a', [{ paragraph: 3 }, { paragraph: 7 }])];
    const found = checkPlan(ctx, { ignored: [{ rule: 'a', text: 'III. NHIỆM VỤ' }] }, rs);
    expect(found.map((f) => f.location.paragraph)).toEqual([3]);
  });

  it('turns a rule that throws into an internal-error finding and still runs the others', () => {
    const broken = rule('broken', [], { check: () => { throw new Error('boom'); } });
    const found = checkPlan(ctx, {}, [broken, rule('a', [{ paragraph: 7 }])]);
    expect(found.map((f) => f.rule)).toEqual(['internal-error', 'a']);
    expect(found[0].severity).toBe('info');
    expect(found[0].message).toContain('broken');
    expect(found[0].message).toContain('boom');
  });

  it('reports progress after each rule', () => {
    const seen: string[] = [];
    checkPlan(ctx, { onProgress: (done, total) => seen.push(`${done}/${total}`) }, [rule('a', []), rule('b', []), rule('c', [])]);
    expect(seen).toEqual(['1/3', '2/3', '3/3']);
  });

  it('lets a hit lower the severity of its rule', () => {
    const r = rule('a', [{ paragraph: 3 }]);
    r.check = () => [{ paragraph: 3, severity: 'info' }];
    expect(checkPlan(ctx, {}, [r])[0].severity).toBe('info');
  });

  it('runs the whole registry on an empty plan without an internal error', () => {
    const found = checkPlan(ctx);
    expect(found.filter((f) => f.rule === 'internal-error')).toEqual([]);
  });

  it('counts findings by severity', () => {
    const found = checkPlan(ctx, {}, [rule('a', [{ paragraph: 3 }, { paragraph: 4 }]), { ...rule('b', [{ paragraph: 3 }]), severity: 'error' }]);
    expect(summarize(found)).toEqual({ error: 1, warning: 2, info: 0 });
  });
});

describe('checkPlan on a document that is not a plan', () => {
  const planRule = rule('plan-only', [{ paragraph: 3 }], { appliesTo: 'plan', severity: 'error' });
  const anyRule = rule('any-document', [{ paragraph: 7 }], { appliesTo: 'any' });
  const report = { ...emptyPlan(), kind: 'BC', kindName: 'Báo cáo', checkedAsPlan: false };

  it('runs only the rules of any administrative document, and says once, as info, that the plan rules were skipped and why', () => {
    const found = checkPlan(ctxOf(report, snapshotWith(10, {})), {}, [planRule, anyRule]);
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['plan-rules-skipped', 'info'], ['any-document', 'warning']]);
    expect(found[0].message).toContain('Văn bản này là Báo cáo, không phải Kế hoạch');
    expect(found[0].messageEn).toContain('report');
  });

  it('runs every rule on a plan, with no such note', () => {
    expect(checkPlan(ctxOf(emptyPlan(), snapshotWith(10, {})), {}, [planRule, anyRule]).map((f) => f.rule)).toEqual(['plan-only', 'any-document']);
  });

  it('gives every rule of the registry what it applies to', async () => {
    const { rules } = await import('../../../src/core/checks/registry');
    for (const r of rules) expect(['plan', 'any'], r.id).toContain(r.appliesTo);
    expect(rules.filter((r) => r.appliesTo === 'plan').map((r) => r.id)).toContain('task-lead-missing');
    expect(rules.filter((r) => r.appliesTo === 'any').map((r) => r.id)).toContain('recipients-missing');
  });
});
