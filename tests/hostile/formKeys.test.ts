/**
 * A form is typed by hand or posted by a page: a key named like a built-in property of every
 * JavaScript object (`__proto__`, `constructor`, `toString`) is an unknown field like any other.
 * Before, `shape.fields[key]` found Object.prototype's members and took them for fields.
 */
import { describe, expect, it } from 'vitest';
import { example, inputErrors, prepare } from '../core/templates/support';

const xa = example('xa-dong-viet');

describe('form keys named like built-in object properties', () => {
  for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
    it(`rejects "${key}" at the top of the form as an unknown field`, () => {
      const errors = inputErrors(() => prepare(`${xa}\n${key}: x\n`, 'f.yaml'));
      expect(errors.some((e) => e.includes(`trường lạ "${key}"`))).toBe(true);
    });

    it(`rejects "${key}" inside the unit as an unknown field`, () => {
      const errors = inputErrors(() => prepare(xa.replace('unit:\n', `unit:\n  ${key}: x\n`), 'f.yaml'));
      expect(errors.some((e) => e.includes(`trường lạ "unit.${key}"`))).toBe(true);
    });

    it(`rejects "${key}" as a task code the parent does not have`, () => {
      const errors = inputErrors(() => prepare(xa.replace('tasks:\n', `tasks:\n  "${key}": { lead: van-phong, timing: Hằng năm }\n`), 'f.yaml'));
      expect(errors.join('\n')).toContain(`"${key}"`);
    });

    it(`rejects "${key}" as a target the parent does not have`, () => {
      const errors = inputErrors(() => prepare(xa.replace('targets:\n', `targets:\n  "${key}": 10\n`), 'f.yaml'));
      expect(errors.join('\n')).toContain(`"${key}"`);
    });
  }
});
