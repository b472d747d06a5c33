import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NAMES_MODULE, generateNamesModule } from '../../../scripts/precompile-templates';
import { officialNames } from '../../../src/core/catalog/officialNames';
import { readNames } from '../../../src/core/catalog/namesFile';
import { checkPlan } from '../../../src/core/checks/engine';
import { officialNameRule } from '../../../src/core/checks/rules/names/officialName';
import { KhInputError } from '../../../src/core/errors';
import { emptyPlan, snapshotOf } from '../checks/builders';

const SHIPPED = readFileSync(new URL('../../../templates/catalog/names.yaml', import.meta.url), 'utf8');

describe('the official names maintainers keep (templates/catalog/names.yaml)', () => {
  it('recognises a name a maintainer adds to the file: its near misses are reported with the name as written there', () => {
    const edited = readNames(`${SHIPPED}  - Ban Quản lý dự án đầu tư xây dựng\n`, 'templates/catalog/names.yaml');
    const rule = officialNameRule(edited.names);
    const run = (line: string) => checkPlan({ snapshot: snapshotOf([line]), plan: emptyPlan(), parent: null }, {}, [rule]);
    const [f] = run('Giao Ban Quản lý dự án đầu tư xây dựng dựng khu vực chủ trì');
    expect(f.fix).toMatchObject({ kind: 'replace-text', replace: 'Ban Quản lý dự án đầu tư xây dựng' });
    expect(run('Giao Ban Quản Lý dự án đầu tư xây dựng khu vực chủ trì')[0].message).toContain('"Ban Quản lý dự án đầu tư xây dựng"');
    // The shipped list alone does not know it.
    expect(checkPlan({ snapshot: snapshotOf(['Giao Ban Quản Lý dự án đầu tư xây dựng khu vực']), plan: emptyPlan(), parent: null }, {}, [officialNameRule(officialNames())])).toEqual([]);
  });

  it('refuses a name not capitalised as NĐ 30 writes names, or listed twice, naming the line', () => {
    const bad = 'names:\n  - Sở Nội vụ\n  - ủy ban nhân dân\n  - Sở Nội vụ\n';
    expect(() => readNames(bad, 'names.yaml')).toThrow(KhInputError);
    try {
      readNames(bad, 'names.yaml');
    } catch (e) {
      const text = String((e as Error).message);
      expect(text).toContain('ủy ban nhân dân');
    }
  });

  it('is bundled for the pane as the YAML says (run `npm run build:templates` after editing it)', () => {
    expect(readFileSync(NAMES_MODULE, 'utf8')).toBe(generateNamesModule());
    expect(officialNames()).toEqual(readNames(SHIPPED, 'names.yaml').names);
  });
});
