import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const CORE = join(ROOT, 'src/core');
const NODE_MODULES = new Set(builtinModules);

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const files = tsFiles(CORE).map((f) => relative(ROOT, f));

describe('src/core runs in the pane, a worker and Node alike', () => {
  it('has files to look at', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(files)('%s imports no Node module and touches no Node global', (file) => {
    const source = readFileSync(join(ROOT, file), 'utf8');
    const imports = [...source.matchAll(/^\s*(?:import|export)[^'"]*from\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/gm)].map((m) => m[1] ?? m[2]);
    const fromNode = imports.filter((spec) => spec.startsWith('node:') || NODE_MODULES.has(spec.split('/')[0]));
    expect(fromNode, file).toEqual([]);
    expect(source).not.toMatch(/\b(?:Buffer|process|require|__dirname|__filename)\b\s*[.([]/);
  });
});
