import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { khIn } from '../support/kh';

const ROOT = join(__dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'kh-catalog-'));

const kh = khIn({ cwd: tmp });

describe('kh catalog build: an organisation’s catalog as static files', () => {
  it('writes index.json with the publisher, every plan and unit file, and the templates precompiled', async () => {
    const r = await kh('catalog', 'build', join(ROOT, 'templates'), '--publisher', 'Sở Nội vụ tỉnh Thử', '-o', 'catalog');
    expect(r.code).toBe(0);
    const index = JSON.parse(readFileSync(join(tmp, 'catalog', 'index.json'), 'utf8'));
    expect(index).toMatchObject({ format: 'soan-kh-catalog/1', publisher: 'Sở Nội vụ tỉnh Thử', templates: 'templates.js', units: { xa: 'units/xa.yaml' } });
    expect(index.plans['kh-163-ubnd-bac-ninh']).toBe('plans/kh-163-ubnd-bac-ninh.yaml');
    expect(readFileSync(join(tmp, 'catalog', 'plans', 'kh-163-ubnd-bac-ninh.yaml'), 'utf8')).toBe(readFileSync(join(ROOT, 'templates', 'plans', 'kh-163-ubnd-bac-ninh.yaml'), 'utf8'));
    expect(r.stdout).toMatch(/Đặt thư mục này ở \/catalog\/ trên máy chủ của add-in/);
  });

  it('writes nothing when a file is wrong, and names it with its line and column', async () => {
    const dir = join(tmp, 'broken');
    cpSync(join(ROOT, 'templates'), dir, { recursive: true });
    const plan = join(dir, 'plans', 'kh-163-ubnd-bac-ninh.yaml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('date: 2026-05-12', 'date: 12/5/2026'));
    const r = await kh('catalog', 'build', 'broken', '--publisher', 'Sở Nội vụ', '-o', 'out-broken');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\/plans\/kh-163-ubnd-bac-ninh\.yaml:\d+:7: "date" phải là ngày đầy đủ/);
    expect(existsSync(join(tmp, 'out-broken'))).toBe(false);
  });

  it('asks for the publisher: the pane says whose catalog it uses', async () => {
    const r = await kh('catalog', 'build', join(ROOT, 'templates'), '-o', 'x');
    expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(/cần một thư mục, --publisher và -o/)]);
  });
});
