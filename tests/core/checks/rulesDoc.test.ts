import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/core/checks/registry';

const doc = readFileSync(fileURLToPath(new URL('../../../docs/rules.md', import.meta.url)), 'utf8');

describe('docs/rules.md', () => {
  it('has a row for every rule, with the severity the rule really has', () => {
    for (const r of rules) {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${r.id}\` |`));
      expect(row, r.id).toBeDefined();
      expect(row!.split('|')[2].trim().startsWith(r.severity), r.id).toBe(true);
    }
  });
});
