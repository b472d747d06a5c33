import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { INPUT_ERROR_IDS, KhInputError, KhInputErrorList } from '../../src/core/errors';

const doc = readFileSync(fileURLToPath(new URL('../../docs/errors.md', import.meta.url)), 'utf8');
const documented = [...doc.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);

describe('input error ids', () => {
  it('are kebab-case and each has one row in docs/errors.md', () => {
    for (const id of INPUT_ERROR_IDS) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(INPUT_ERROR_IDS).size).toBe(INPUT_ERROR_IDS.length);
    expect([...documented].sort()).toEqual([...INPUT_ERROR_IDS].sort());
  });

  it('travel with the error beside its sentences, and a list of errors carries its first one', () => {
    const e = new KhInputError('plans/a.yaml', 'mã nhiệm vụ "1" bị lặp lại', { line: 3, column: 5 }, 'task code "1" repeated', 'parent-plan-invalid');
    expect(e.id).toBe('parent-plan-invalid');
    expect(e.describe()).toBe('plans/a.yaml:3:5: mã nhiệm vụ "1" bị lặp lại');
    expect(new KhInputErrorList([e, new KhInputError('plans/a.yaml', 'x', {}, 'x', 'yaml-field-invalid')]).id).toBe('parent-plan-invalid');
  });

  it('are given by every place in src/ that reports an input error', () => {
    const src = fileURLToPath(new URL('../../src', import.meta.url));
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
    const without: string[] = [];
    for (const f of files) {
      const source = ts.createSourceFile(f, readFileSync(join(src, f), 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'KhInputError' && (node.arguments?.length ?? 0) < 5) {
          without.push(`src/${f}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(files.length).toBeGreaterThan(100);
    expect(without).toEqual([]);
  });
});
