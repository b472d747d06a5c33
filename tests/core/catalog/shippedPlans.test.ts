import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskStore } from '../../../src/cli/catalogFiles';
import { parseParentPlan } from '../../../src/core/catalog/parentPlanFile';
import { PARSED_PLANS } from '../../../src/core/catalog/generated/catalog';
import { catalogPlan } from '../../../src/core/catalog/store';

const TEMPLATES = join(__dirname, '..', '..', '..', 'templates');
const ID = 'kh-163-ubnd-bac-ninh';

describe('a shipped catalog plan', () => {
  it('is handed out as parsed when it was generated while its file reads exactly as shipped', () => {
    const plan = catalogPlan(diskStore(TEMPLATES), ID, { file: 'test' });
    expect(plan).toBe(PARSED_PLANS[ID]);
    expect(plan).toEqual(parseParentPlan(readFileSync(join(TEMPLATES, 'plans', `${ID}.yaml`), 'utf8'), `templates/plans/${ID}.yaml`));
  });

  it('is read through the YAML parser again once a maintainer edits its file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kh-shipped-'));
    cpSync(TEMPLATES, dir, { recursive: true });
    const file = join(dir, 'plans', `${ID}.yaml`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^number: .*$/m, 'number: 999/KH-UBND'));
    const plan = catalogPlan(diskStore(dir), ID, { file: 'test' });
    expect(plan).not.toBe(PARSED_PLANS[ID]);
    expect(plan.number).toBe('999/KH-UBND');
    expect(plan.tasks).toEqual(PARSED_PLANS[ID].tasks);
  });
});
