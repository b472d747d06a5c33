/**
 * What a careful reviewer marks (issue 8), on a clean commune plan of our own
 * (fixtures/checks/xa-tan-phu-ra-soat.txt) with one defect made at a time: the finding appears at
 * the damaged line, from the rule that owns the defect, and the clean plan has none.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPlainText } from '../../../src/core/text/readPlainText';
import { readPlan } from '../../../src/core/plan/readPlan';
import { checkPlan } from '../../../src/core/checks/engine';
import type { Finding } from '../../../src/core/checks/types';
import { dateLineForm } from '../../../src/core/checks/rules/header/dateLineForm';
import { emptyPlan, place, snapshotWith } from './builders';
import { wrapLine } from '../../../scripts/wrapLine';

const CLEAN = readFileSync(fileURLToPath(new URL('../../fixtures/checks/xa-tan-phu-ra-soat.txt', import.meta.url)), 'utf8');

const REVIEWER_RULES = [
  'level-mismatch', 'official-name', 'word-confusion', 'paragraph-broken', 'leftover-markup', 'recipients-entry',
  'recipients-report-to', 'recipients-assigned', 'header-missing', 'number-form', 'date-line-form', 'task-unowned',
];

function check(text: string): Finding[] {
  const snapshot = readPlainText(new TextEncoder().encode(text), 'ke-hoach.txt');
  return checkPlan({ snapshot, plan: readPlan(snapshot), parent: null }).filter((f) => REVIEWER_RULES.includes(f.rule));
}

/** The plan with `from` replaced by `to` (which must occur), and the 1-based line of the change. */
function damage(from: string, to: string): { text: string; line: number } {
  const at = CLEAN.indexOf(from);
  if (at < 0) throw new Error(`fixture lacks "${from}"`);
  return { text: CLEAN.slice(0, at) + to + CLEAN.slice(at + from.length), line: CLEAN.slice(0, at).split('\n').length };
}

function only(text: string): Finding {
  const found = check(text);
  expect(found.map((f) => `${f.rule}@${f.location.paragraph}: ${f.message}`)).toHaveLength(1);
  return found[0];
}

describe('a reviewer on a commune plan', () => {
  it('finds nothing to mark in the clean plan', () => {
    expect(check(CLEAN)).toEqual([]);
  });

  describe('level and scope', () => {
    it('marks a commune asking the provincial Mặt trận, naming the body and both levels', () => {
      const d = damage('Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và', 'Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh và');
      const f = only(d.text);
      expect([f.rule, f.location.paragraph]).toEqual(['level-mismatch', d.line]);
      expect(f.message).toContain('Ủy ban Mặt trận Tổ quốc tỉnh');
      expect(f.message).toContain('cấp tỉnh');
      expect(f.message).toContain('cấp xã');
    });

    it('marks the province\'s goal stated as the commune\'s own', () => {
      const d = damage('Phấn đấu đến năm 2030 xã Tân Phú có', 'Trên cơ sở đó, tỉnh Lâm Đồng phấn đấu đến năm 2030 có');
      const f = only(d.text);
      expect([f.rule, f.location.paragraph]).toEqual(['level-mismatch', d.line]);
      expect(f.message).toContain('tỉnh Lâm Đồng');
    });

    it('marks a share of communes set as a commune\'s target', () => {
      const d = damage('Phấn đấu đến năm 2030 xã Tân Phú có 100% thôn xây dựng phương án ứng phó thiên tai.', '- Đạt 70% chính quyền địa phương xã có phương án ứng phó thiên tai đến năm 2030.');
      const f = only(d.text);
      expect([f.rule, f.location.paragraph]).toEqual(['level-mismatch', d.line]);
    });

    it('marks a closing that addresses the province\'s departments and other communes', () => {
      const d = damage('đề nghị các cơ quan, đơn vị, các thôn triển khai', 'đề nghị các sở, ban, ngành, UBND các xã, phường triển khai');
      const found = check(d.text);
      expect(found.map((f) => [f.rule, f.location.paragraph])).toEqual([['level-mismatch', d.line], ['level-mismatch', d.line]]);
    });

    it('leaves a provincial plan asking the provincial Mặt trận alone', () => {
      const provincial = CLEAN.replace('XÃ TÂN PHÚ', 'TỈNH LÂM ĐỒNG').replace('Tân Phú, ngày', 'Lâm Đồng, ngày').replace('Mặt trận Tổ quốc Việt Nam xã', 'Mặt trận Tổ quốc tỉnh');
      expect(check(provincial).filter((f) => f.rule === 'level-mismatch')).toEqual([]);
    });
  });

  describe('official names', () => {
    it('gives the right form of a name with a word dropped, and a fix that writes it', () => {
      const d = damage('về Ủy ban nhân dân tỉnh (qua', 'về Ủy ban nhân tỉnh (qua');
      const f = only(d.text);
      expect([f.rule, f.location.paragraph]).toEqual(['official-name', d.line]);
      expect(f.message).toContain('"Ủy ban nhân dân"');
      expect(f.fix).toMatchObject({ kind: 'replace-text', paragraph: d.line, find: 'Ủy ban nhân', replace: 'Ủy ban nhân dân' });
    });

    it('marks a doubled word and a capital out of place, not the other tone placement', () => {
      expect(only(damage('Ủy ban nhân dân xã ban hành', 'Ủy ban nhân dân dân xã ban hành').text).rule).toBe('official-name');
      expect(only(damage('Mặt trận Tổ quốc Việt Nam xã', 'Mặt trận Tổ Quốc Việt Nam xã').text).message).toContain('Mặt trận Tổ quốc Việt Nam"');
      expect(check(CLEAN.replace('Ủy ban nhân dân xã ban hành', 'Uỷ ban nhân dân xã ban hành'))).toEqual([]);
    });
  });

  describe('words and garbling', () => {
    it('reads "Phần đầu" before a goal as "Phấn đấu", with a fix', () => {
      const d = damage('Phấn đấu đến năm 2030', 'Phần đầu đến năm 2030');
      const f = only(d.text);
      expect([f.rule, f.location.paragraph, f.fix && f.fix.kind === 'replace-text' && f.fix.replace]).toEqual(['word-confusion', d.line, 'Phấn đấu']);
    });

    it('fixes the second "quản" of a paragraph, not the "quản lý" before it', () => {
      const d = damage('giảm thiểu thiệt hại', 'tăng cường quản lý, lãnh đạo và quản nhằm giảm thiểu thiệt hại');
      const f = only(d.text);
      expect(f.rule).toBe('word-confusion');
      expect(f.fix).toMatchObject({ find: 'quản nhằm', replace: 'quản lý nhằm' });
    });

    it('marks a sentence broken into the next paragraph', () => {
      const d = damage('phổ biến kiến thức phòng, chống thiên tai cho Nhân dân.', 'phổ biến kiến thức phòng, chống\nthiên tai cho Nhân dân.');
      const f = only(d.text);
      expect([f.rule, f.location.paragraph]).toEqual(['paragraph-broken', d.line]);
    });

    it('says once, where it starts, that a copy is hard-wrapped line by line, with how many sentences it cuts', () => {
      // The plan as a PDF copy pastes it: every line of prose cut at 60 columns.
      const wrapped = CLEAN.split('\n').flatMap((line) => wrapLine(line, 60)).join('\n');
      const broken = check(wrapped).filter((f) => f.rule === 'paragraph-broken');
      expect(broken).toHaveLength(1);
      const cuts = readPlan(readPlainText(new TextEncoder().encode(wrapped), 'ke-hoach.txt'));
      expect(cuts.hardWrapWidth).toBeGreaterThan(50);
      expect(broken[0].message).toMatch(/\b\d{2,} /);
    });

    it('marks Markdown left in the text and offers to remove it', () => {
      const d = damage('trước ngày 15/12 hằng năm.', '**trước ngày 15/12 hằng năm**.');
      const f = only(d.text);
      expect([f.rule, f.location.paragraph]).toEqual(['leftover-markup', d.line]);
      expect(f.fix).toMatchObject({ find: '**trước ngày 15/12 hằng năm**', replace: 'trước ngày 15/12 hằng năm' });
    });
  });

  describe('recipients', () => {
    it('marks a truncated and an empty line', () => {
      const d = damage('- TT. Đảng ủy, HĐND xã;', '- T;\n- ;');
      const found = check(d.text);
      expect(found.map((f) => [f.rule, f.location.paragraph])).toEqual([['recipients-entry', d.line], ['recipients-entry', d.line + 1]]);
    });

    it('marks a line without its semicolon, with a fix', () => {
      const d = damage('- Các thôn;', '- Các thôn');
      const f = only(d.text);
      expect([f.rule, f.severity, f.fix && f.fix.kind === 'replace-text' && f.fix.replace]).toEqual(['recipients-entry', 'warning', 'Các thôn;']);
    });

    it('marks the body reported to when Nơi nhận lacks it', () => {
      const d = damage('- UBND tỉnh (b/c);\n- Sở Nông nghiệp và Môi trường (b/c);\n', '');
      const f = only(d.text);
      expect([f.rule, f.location.paragraph]).toEqual(['recipients-report-to', d.line - 1]);
      // "(qua Sở …)" is the channel: the addressee, the province, is what Nơi nhận lacks.
      expect(f.message).toContain('về "UBND tỉnh" nhưng');
    });

    it('takes a Sở informed "(b/c)" as informing the province a commune reports to', () => {
      expect(check(damage('- UBND tỉnh (b/c);\n', '').text)).toEqual([]);
    });

    it('marks assigned units that receive nothing, and accepts "Như mục IV"', () => {
      const d = damage('- Các thôn;\n', '');
      const f = only(d.text);
      expect(f.rule).toBe('recipients-assigned');
      expect(f.message).toContain('Các thôn');
      expect(check(d.text.replace('- Lưu: VT, KT.', '- Như mục IV;\n- Lưu: VT, KT.'))).toEqual([]);
    });
  });

  describe('header and date line', () => {
    it('lists what a header lacks in one finding', () => {
      const headless = CLEAN.split('\n').slice(2).join('\n').replace(/^Số: 07\/KH-UBND\tTân Phú/, 'Số: 07/KH-UBND\nTân Phú');
      const found = check(headless);
      expect(found.map((f) => f.rule)).toEqual(['header-missing']);
      expect(found[0].message).toMatch(/tên cơ quan ban hành, Quốc hiệu, Tiêu ngữ/);
    });

    it('marks a Tiêu ngữ not written exactly', () => {
      const f = only(damage('Độc lập - Tự do - Hạnh phúc', 'Độc Lập - Tự Do - Hạnh Phúc').text);
      expect([f.rule, f.severity]).toEqual(['header-missing', 'warning']);
    });

    it('marks "Số: 7/KH-UBND" and a made-up type abbreviation', () => {
      expect(only(damage('Số: 07/KH-UBND', 'Số: 7/KH-UBND').text).message).toContain('"07/KH-UBND"');
      expect(only(damage('Số: 07/KH-UBND', 'Số: 07/KHH-UBND').text).message).toContain('"KHH" không phải chữ viết tắt');
    });

    it('marks a day without its zero, a March with one, a date that does not exist and a place of another commune', () => {
      expect(only(damage('ngày 05 tháng 6', 'ngày 5 tháng 6').text).rule).toBe('date-line-form');
      expect(only(damage('ngày 05 tháng 6', 'ngày 05 tháng 06').text).message).toContain('tháng 6');
      const invalid = only(damage('ngày 05 tháng 6', 'ngày 31 tháng 02').text);
      expect([invalid.rule, invalid.severity]).toEqual(['date-line-form', 'error']);
      expect(only(damage('Tân Phú, ngày', 'Tân Hà, ngày').text).message).toContain('Tân Hà');
    });

    it('leaves an appendix\'s "(Kèm theo Quyết định số …)" line alone: it dates the decision, it is not the date line', () => {
      const plan = emptyPlan();
      plan.issuer = 'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG';
      const line = '(Kèm theo Quyết định số /QĐ-UBND ngày 5 tháng 6 năm 2026 của Ủy ban nhân dân tỉnh)';
      plan.header.dateLine = place(5, line);
      expect(checkPlan({ snapshot: snapshotWith(5, { 5: line }), plan, parent: null }, {}, [dateLineForm])).toEqual([]);
    });
  });

  describe('unowned tasks', () => {
    it('warns of a task that no assignment mentions', () => {
      const d = damage('3. Tổ chức diễn tập ứng phó thiên tai tại các thôn.', '3. Tổ chức diễn tập ứng phó thiên tai tại các thôn.\n4. Tăng cường hợp tác quốc tế về phòng, chống thiên tai.');
      const f = only(d.text);
      expect([f.rule, f.severity, f.location.paragraph]).toEqual(['task-unowned', 'warning', d.line + 1]);
      expect(f.message).toContain('III.4');
    });
  });
});
