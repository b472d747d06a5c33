import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { catalogPlans, unitRegistries } from '../../../src/core/catalog/builtIn';
import { draftFromForm, draftPlan } from '../../../src/core/templates/draftPlan';
import type { DraftForm } from '../../../src/core/templates/draftForm';
import { PRECOMPILED_TEMPLATES } from '../../../src/core/templates/generated/templates';
import { renderPlan } from '../../../src/core/templates/renderPlan';
import { CATALOG_FILE, GENERATED_FILE, generateCatalogModule, generateTemplatesModule } from '../../../scripts/precompile-templates';
import { example, prepare, shippedTemplates } from './support';

describe('templates precompiled for the browser', () => {
  it('are up to date with templates/ (run `npm run build:templates` after editing a template)', () => {
    expect(readFileSync(GENERATED_FILE, 'utf8')).toBe(generateTemplatesModule());
    expect(readFileSync(CATALOG_FILE, 'utf8')).toBe(generateCatalogModule());
  });

  it('load with the Handlebars runtime only, never the compiler', () => {
    const text = readFileSync(GENERATED_FILE, 'utf8');
    expect(text).toMatch(/from 'handlebars\/runtime'/);
    expect(text).not.toMatch(/from 'handlebars'/);
  });

  it('render the same plan as the templates compiled at run time', () => {
    const set = shippedTemplates();
    expect(Object.keys(PRECOMPILED_TEMPLATES).sort()).toEqual(Object.keys(set).sort());
    for (const name of ['xa-dong-viet', 'vp-ubnd-lai-chau']) {
      const { ctx } = prepare(example(name));
      expect(renderPlan(PRECOMPILED_TEMPLATES, ctx)).toEqual(renderPlan(set, ctx));
    }
  });

  it('keep strict fields: a missing field is still an error with its template and line', () => {
    const { ctx } = prepare(example('xa-dong-viet'));
    const broken = { ...ctx, tasks: ctx.tasks.map(({ timing: _t, ...t }) => t) } as unknown as typeof ctx;
    expect(() => renderPlan(PRECOMPILED_TEMPLATES, broken)).toThrow(/trường "timing" không có trong dữ liệu/);
  });

  it('draft a plan in the pane from the form text alone, with the built-in catalog', () => {
    const { blocks, parentLink } = draftPlan(example('xa-dong-viet'), 'xa-dong-viet.yaml', { sections: ['tasks'] });
    expect(parentLink.id).toBe('kh-163-ubnd-bac-ninh');
    expect(blocks[0]).toEqual({ type: 'section', numeral: 'III', title: 'NHIỆM VỤ, GIẢI PHÁP' });
  });

  it('draft from the form object the pane fills, with the same checks as a YAML form', () => {
    const form = parse(example('vp-ubnd-lai-chau')) as DraftForm;
    expect(draftFromForm(form).parentLink.id).toBe('kh-4595-ubnd-lai-chau');
    expect(() => draftFromForm({ ...form, standing: 'phong-khong-co' })).toThrow(/không có đơn vị "phong-khong-co"/);
  });

  it('list the built-in catalog and unit registries for the pane', () => {
    expect(catalogPlans().map((p) => p.id).sort()).toEqual(['kh-163-ubnd-bac-ninh', 'kh-4595-ubnd-lai-chau', 'kh-tuyen-truyen-cchc-2026-lam-dong', 'qd-2282-ttg']);
    expect(unitRegistries().map((r) => r.level).sort()).toEqual(['van-phong-ubnd-tinh', 'xa']);
  });
});
