/**
 * A line of a million dots, underscores or "…" (a form left blank by a script, a paste gone
 * wrong) is read and checked in linear time. Before the blank-field patterns were anchored, a
 * run of 100,000 dots kept `kh check` busy for 23 s; a million would have taken hours. The
 * per-test timeout is the hang guard (no time is asserted).
 */
import { describe, expect, it } from 'vitest';
import { findPlaceholder } from '../../src/core/checks/support/placeholder';
import { checkPlan } from '../../src/core/checks/engine';
import { readPlan } from '../../src/core/plan/readPlan';
import { paragraphsFromText } from '../../src/core/text/readPlainText';

const MILLION = 1_000_000;
const RUNS = { dots: '.'.repeat(MILLION), underscores: '_'.repeat(MILLION), ellipses: '…'.repeat(MILLION) };

describe('blank-field patterns on a run of a million blank characters', () => {
  for (const [name, run] of Object.entries(RUNS)) {
    it(`finds the blank in a line of ${name} followed by a slash, in linear time`, { timeout: 30_000 }, () => {
      expect(findPlaceholder(`${run}/x`)).not.toBeNull();
      expect(findPlaceholder(`Thời gian: ${run};`)).not.toBeNull();
      // Glued to a word it is prose, not a blank, however long.
      expect(findPlaceholder(`các sở, ngành${run}a`)).toBeNull();
    });

    it(`reads and checks a plan whose lines are ${name}, in linear time`, { timeout: 60_000 }, () => {
      const text = ['KẾ HOẠCH', 'I. MỤC ĐÍCH, YÊU CẦU', `Số: ${run}/KH-UBND`, `ngày ${run} tháng`, `${run}/`, `Đơn vị chủ trì: ${run}`].join('\n');
      const snapshot = paragraphsFromText(text, 'mot-trieu.txt');
      const findings = checkPlan({ snapshot, plan: readPlan(snapshot), parent: null });
      expect(findings.some((f) => f.rule === 'field-placeholder')).toBe(true);
      // A finding quotes a short excerpt, never the run.
      for (const f of findings) expect(f.location.text.length).toBeLessThanOrEqual(80);
      for (const f of findings) expect(f.message.length).toBeLessThan(400);
    });
  }
});
