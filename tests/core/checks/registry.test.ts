import { describe, expect, it } from 'vitest';
import { ruleById, rules } from '../../../src/core/checks/registry';

const DESIGN_IDS = [
  'task-lead-missing',
  'task-timing-missing',
  'report-deadline-missing',
  'field-placeholder',
  'parent-ref-missing',
  'parent-ref-mismatch',
  'report-deadline-after-parent',
  'target-below-parent',
  'period-mismatch',
  'section-missing',
  'section-numbering',
];

describe('rule registry', () => {
  it('has every rule id DESIGN.md names', () => {
    for (const id of DESIGN_IDS) expect(ruleById.get(id)?.id).toBe(id);
  });

  it('gives each rule a unique kebab-case id, a source, and titles and messages in both languages', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rules) {
      expect(r.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(r.source, r.id).toBeTruthy();
      for (const text of [r.title, r.message, ...Object.values(r.variants ?? {})]) {
        expect(text.vi.trim(), r.id).not.toBe('');
        expect(text.en.trim(), r.id).not.toBe('');
      }
    }
  });

  it('writes every Vietnamese message with Vietnamese letters, not a field name', () => {
    for (const r of rules) {
      for (const text of [r.message, ...Object.values(r.variants ?? {})]) {
        expect(text.vi, r.id).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i);
        expect(text.vi, r.id).not.toMatch(/\bnull\b|undefined/);
      }
    }
  });

  it('uses the same placeholders in the Vietnamese and the English message ({xEn} standing for {x})', () => {
    const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1].replace(/En$/, '')).sort();
    for (const r of rules) {
      for (const text of [r.message, ...Object.values(r.variants ?? {})]) {
        expect(names(text.en), r.id).toEqual(names(text.vi));
      }
    }
  });

  it('titles the internal-error pseudo-rule too', () => {
    expect(ruleById.get('internal-error')?.severity).toBe('info');
  });
});
