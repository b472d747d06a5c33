import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILT_IN_STORE } from '../../src/core/catalog/builtIn';
import { readDocx } from '../../src/core/ooxml/readDocx';
import { chooseCatalog } from '../../src/core/templates/publishedCatalog';
import type { PrecompiledSpec } from '../../src/core/templates/precompiledSet';
import { pathToFileURL } from 'node:url';

const ROOT = join(__dirname, '..', '..');
const KH = join(ROOT, 'bin', 'kh.js');

type Step = { kind: 'file'; path: string; text: string } | { kind: 'run'; line: string };

/** The walkthrough's steps, in the order docs/templates.md gives them: files to write, commands to run. */
function walkthrough(markdown: string): Step[] {
  // The section runs to the next heading of its level outside a fenced block (templates have headings too).
  const lines = markdown.split('\n');
  const start = lines.indexOf('## Thêm một chương trình mới, từng bước');
  let end = start + 1;
  for (let fenced = false; end < lines.length && (fenced || !lines[end].startsWith('## ')); end++) if (lines[end].startsWith('```')) fenced = !fenced;
  const section = lines.slice(start, end).join('\n');
  const steps: Step[] = [];
  for (const m of section.matchAll(/^```(\w+)(?: (walkthrough|file=(\S+)))?\n([\s\S]*?)^```$/gm)) {
    if (m[3]) steps.push({ kind: 'file', path: m[3], text: m[4] });
    else if (m[2] === 'walkthrough') for (const line of m[4].split('\n').filter((l) => l.trim() && !l.startsWith('#'))) steps.push({ kind: 'run', line });
  }
  return steps;
}

/** A command line of the walkthrough as a shell runs it; `kh` is this checkout's. */
function run(line: string, cwd: string): string {
  const command = line.replace(/^kh /, `node ${JSON.stringify(KH)} `);
  return execFileSync('bash', ['-c', command], { cwd, encoding: 'utf8', env: { ...process.env, KH_NO_BUNDLE: process.env.KH_NO_BUNDLE } });
}

const dir = mkdtempSync(join(tmpdir(), 'kh-walkthrough-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('docs/templates.md: adding a programme’s parent plan and a section variant, step by step', () => {
  const steps = walkthrough(readFileSync(join(ROOT, 'docs', 'templates.md'), 'utf8'));

  it('has the steps it promises: the plan, the variant, lint, a draft, a check and the published catalog', () => {
    expect(steps.filter((s) => s.kind === 'file').map((s) => (s as { path: string }).path)).toEqual(['danh-muc/plans/kh-20-ubnd-thu.yaml', 'danh-muc/sections/xa/purpose.hbs', 'danh-muc/samples/xa-tuyen-truyen.yaml', 'xa-an-binh.yaml']);
    expect(steps.filter((s) => s.kind === 'run').map((s) => (s as { line: string }).line.split(' ').slice(0, 3).join(' '))).toEqual(['cp -r templates', 'kh templates lint', 'kh draft --templates', 'kh check xa-an-binh.docx', 'kh catalog build']);
  });

  it('runs every step as written, in a folder holding the add-in’s templates/, and each succeeds', { timeout: 240_000 }, () => {
    cpSync(join(ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
    for (const step of steps) {
      if (step.kind === 'file') {
        mkdirSync(dirname(join(dir, step.path)), { recursive: true });
        writeFileSync(join(dir, step.path), step.text);
      } else {
        // execFileSync throws on a non-zero exit: a failing step fails the test with its output.
        run(step.line, dir);
      }
    }
    expect(existsSync(join(dir, 'xa-an-binh.docx'))).toBe(true);
  });

  it('drafts the commune’s plan from the new parent, with the commune’s variant of the section and its wording of the task', () => {
    const text = readDocx(readFileSync(join(dir, 'xa-an-binh.docx')), 'xa-an-binh.docx').paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('Thực hiện Kế hoạch số 20/KH-UBND ngày 10/02/2026 của UBND tỉnh Thử');
    expect(text).toContain('Cán bộ, công chức xã và Nhân dân trên địa bàn xã An Bình, tỉnh Thử hiểu và tham gia cải cách hành chính.');
    expect(text).toContain('Tuyên truyền về cải cách hành chính trên hệ thống truyền thanh cơ sở và tại các cuộc họp thôn');
  });

  it('publishes a catalog the pane takes as the organisation’s, its templates included', async () => {
    const base = join(dir, 'catalog');
    const indexText = readFileSync(join(base, 'index.json'), 'utf8');
    const index = JSON.parse(indexText) as { plans: Record<string, string>; units: Record<string, string> };
    const files = Object.fromEntries([...Object.values(index.plans), ...Object.values(index.units)].map((f) => [f, readFileSync(join(base, f), 'utf8')]));
    // The module the pane imports from /catalog/templates.js, imported here from the folder.
    const templates = ((await import(pathToFileURL(join(base, 'templates.js')).href)) as { default: Record<string, PrecompiledSpec> }).default;
    const choice = chooseCatalog({ kind: 'fetched', catalog: { indexFile: '/catalog/index.json', indexText, files, templates } }, BUILT_IN_STORE);
    expect(choice.source).toBe('published');
    expect(choice.store.planIds()).toContain('kh-20-ubnd-thu');
    expect(choice.set?.['xa/purpose'].render({ unit: { area: 'xã Cát Tiên' } }, { helpers: {} })).toContain('trên địa bàn xã Cát Tiên hiểu và tham gia');
  });
});
