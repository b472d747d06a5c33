import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadParentFor } from '../../src/cli/loadParent';
import { PARSED_PLANS } from '../../src/core/catalog/generated/catalog';
import type { DocumentSnapshot, ParentLink } from '../../src/core/snapshot';

const ROOT = join(__dirname, '..', '..');
const ID = 'kh-163-ubnd-bac-ninh';
const linked = (link: ParentLink | null): DocumentSnapshot => ({ source: 'xa.docx', paragraphs: [], parentLink: link });
const LINK: ParentLink = { id: ID, kind: 'KH', number: '163/KH-UBND', date: '2025-09-15', issuer: 'UBND tỉnh Bắc Ninh' };

describe('the parent a kh check compares with', () => {
  it('is the shipped catalog plan a document links to, as generated', async () => {
    expect(await loadParentFor(linked(LINK), null)).toBe(PARSED_PLANS[ID]);
  });

  it('is the link itself when the catalog has no such plan, and nothing without a link', async () => {
    expect(await loadParentFor(linked({ ...LINK, id: 'kh-khong-co' }), null)).toMatchObject({ id: 'kh-khong-co', number: '163/KH-UBND', tasks: [] });
    expect(await loadParentFor(linked({ ...LINK, id: '../../etc/passwd' }), null)).toMatchObject({ id: '../../etc/passwd', tasks: [] });
    expect(await loadParentFor(linked(null), null)).toBeNull();
  });

  it('is the file --parent names, a plan file read through the YAML parser or a plan document read as one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kh-parent-'));
    const yaml = join(dir, 'sua.yaml');
    writeFileSync(yaml, readFileSync(join(ROOT, 'templates', 'plans', `${ID}.yaml`), 'utf8').replace(/^number: .*$/m, 'number: 164/KH-UBND'));
    const fromYaml = await loadParentFor(linked(LINK), yaml);
    rmSync(dir, { recursive: true, force: true });
    expect(fromYaml).toMatchObject({ number: '164/KH-UBND', tasks: PARSED_PLANS[ID].tasks });
    const fromText = await loadParentFor(linked(null), join(ROOT, 'tests', 'fixtures', 'cli', 'ke-hoach-day-du.txt'));
    expect(fromText?.tasks.length).toBeGreaterThan(0);
  });
});
