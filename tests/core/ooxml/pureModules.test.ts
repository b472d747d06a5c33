import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const FOLDERS = ['src/core/ooxml', 'src/hosts/docx'];
/** The only packages the .docx code may use: both run in browsers and workers. */
const ALLOWED_PACKAGES = new Set(['fflate', 'saxes']);

const files = FOLDERS.flatMap((folder) =>
  readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(folder, f)),
);

describe('the .docx reader, writer and host run in the pane and a worker', () => {
  it.each(files)('%s imports no Node module and no package but fflate and saxes', (file) => {
    const source = readFileSync(join(ROOT, file), 'utf8');
    const imports = [...source.matchAll(/^\s*(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map((m) => m[1]);
    for (const spec of imports) if (!spec.startsWith('.')) expect(ALLOWED_PACKAGES.has(spec), `${file} imports ${spec}`).toBe(true);
    expect(source).not.toMatch(/\b(?:Buffer|process|require)\s*[.(]/);
  });
});
