import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    expect(catalogPlan(diskStore(TEMPLATES), ID, { file: 'test' })).toBe(PARSED_PLANS[ID]);
  });

  it('is, for every plan shipped, what the parser reads from its file, key for key', () => {
    // Strict: a key the parser gives as undefined would be lost on the way through JSON.
    for (const [id, plan] of Object.entries(PARSED_PLANS)) {
      expect(plan).toStrictEqual(parseParentPlan(readFileSync(join(TEMPLATES, 'plans', `${id}.yaml`), 'utf8'), `templates/plans/${id}.yaml`));
    }
  });

  it('cannot be changed by one of the callers it is handed to', () => {
    expect(Object.isFrozen(PARSED_PLANS[ID])).toBe(true);
    expect(Object.isFrozen(PARSED_PLANS[ID].tasks[0])).toBe(true);
  });

  it('is read through the YAML parser again once a maintainer edits its file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kh-shipped-'));
    try {
      cpSync(join(TEMPLATES, 'plans'), join(dir, 'plans'), { recursive: true });
      const file = join(dir, 'plans', `${ID}.yaml`);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^number: .*$/m, 'number: 999/KH-UBND'));
      const plan = catalogPlan(diskStore(dir), ID, { file: 'test' });
      expect(plan).not.toBe(PARSED_PLANS[ID]);
      expect(plan.number).toBe('999/KH-UBND');
      expect(plan.tasks).toEqual(PARSED_PLANS[ID].tasks);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
