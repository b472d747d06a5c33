import { describe, expect, it } from 'vitest';
import { BUILT_IN_STORE } from '../../../src/core/catalog/builtIn';
import { PLAN_FILES, UNIT_FILES } from '../../../src/core/catalog/generated/catalog';
import { chooseCatalog, type CatalogFetch, type PublishedCatalog } from '../../../src/core/templates/publishedCatalog';

const INDEX = {
  format: 'soan-kh-catalog/1',
  publisher: 'Sở Nội vụ tỉnh Thử',
  built: '2026-03-01',
  plans: { 'kh-9-ubnd-thu': 'plans/kh-9-ubnd-thu.yaml' },
  units: { xa: 'units/xa.yaml' },
};
const PLAN = `kind: KH
number: 9/KH-UBND
date: 2026-02-10
issuer: UBND tỉnh Thử
title: Tuyên truyền cải cách hành chính năm 2026
targets: []
tasks:
  - code: "1"
    title: Tuyên truyền trên hệ thống truyền thanh cơ sở
reporting: { deadline: 15/11, recurrence: yearly }
`;

const published = (over: Partial<PublishedCatalog> = {}): CatalogFetch => ({
  kind: 'fetched',
  catalog: { indexFile: '/catalog/index.json', indexText: JSON.stringify(INDEX, null, 2), files: { 'plans/kh-9-ubnd-thu.yaml': PLAN, 'units/xa.yaml': UNIT_FILES.xa }, ...over },
});

describe('which catalog the pane drafts from', () => {
  it('uses the organisation’s catalog when every file of it reads, and says whose it is', () => {
    const choice = chooseCatalog(published(), BUILT_IN_STORE);
    expect(choice.source).toBe('published');
    expect(choice.store.planIds()).toEqual(['kh-9-ubnd-thu']);
    expect(choice.notice?.vi).toBe('Đang dùng danh mục kế hoạch của Sở Nội vụ tỉnh Thử (cập nhật 2026-03-01).');
  });

  it('keeps the built-in catalog, saying nothing, when none is published', () => {
    expect(chooseCatalog({ kind: 'not-published' }, BUILT_IN_STORE)).toEqual({ source: 'built-in', store: BUILT_IN_STORE, notice: null });
  });

  it('says in Vietnamese, and English second, that it could not reach the catalog, and uses the built-in one', () => {
    const choice = chooseCatalog({ kind: 'unreachable', file: '/catalog/index.json', reason: 'HTTP 503' }, BUILT_IN_STORE);
    expect(choice.store).toBe(BUILT_IN_STORE);
    expect(choice.notice?.vi).toBe('Không tải được danh mục kế hoạch của cơ quan (/catalog/index.json: HTTP 503); đang dùng danh mục có sẵn trong add-in.');
    expect(choice.notice?.en).toMatch(/^Could not load the organisation's catalog \(\/catalog\/index\.json: HTTP 503\)/);
  });

  it('refuses a catalog with a broken plan, naming the file, line and column, and how many more errors there are', () => {
    const broken = PLAN.replace('date: 2026-02-10', 'date: 2026-02-10\nsigner: Chủ tịch').replace('title: Tuyên truyền cải cách hành chính năm 2026\n', '');
    const choice = chooseCatalog(published({ files: { 'plans/kh-9-ubnd-thu.yaml': broken, 'units/xa.yaml': UNIT_FILES.xa } }), BUILT_IN_STORE);
    expect(choice.source).toBe('built-in');
    expect(choice.notice?.vi).toMatch(/^Danh mục kế hoạch của cơ quan có lỗi, chưa dùng được: \/catalog\/plans\/kh-9-ubnd-thu\.yaml:\d+:\d+: .+ \(và 1 lỗi khác\)\. Đang dùng danh mục có sẵn/);
  });

  it('refuses an index that is not the catalog format, at its line, and one that lists a file it could not fetch', () => {
    const wrongFormat = chooseCatalog(published({ indexText: JSON.stringify({ ...INDEX, format: 'v2' }, null, 2) }), BUILT_IN_STORE);
    expect(wrongFormat.notice?.vi).toMatch(/: \/catalog\/index\.json:2:\d+: /);
    const missing = chooseCatalog(published({ files: { 'units/xa.yaml': UNIT_FILES.xa } }), BUILT_IN_STORE);
    expect(missing.notice?.vi).toMatch(/\/catalog\/index\.json: mục lục ghi tệp "plans\/kh-9-ubnd-thu\.yaml" nhưng không tải được tệp đó/);
  });

  it('refuses a plan whose own parent is not in the catalog', () => {
    const withParent = PLAN.replace('targets: []', 'parent: qd-2282-ttg\ntargets: []');
    const choice = chooseCatalog(published({ files: { 'plans/kh-9-ubnd-thu.yaml': withParent, 'units/xa.yaml': UNIT_FILES.xa } }), BUILT_IN_STORE);
    expect(choice.notice?.vi).toMatch(/kh-9-ubnd-thu\.yaml: kế hoạch cấp trên "qd-2282-ttg" không có trong danh mục/);
    const both = published({ indexText: JSON.stringify({ ...INDEX, plans: { ...INDEX.plans, 'qd-2282-ttg': 'plans/qd.yaml' } }), files: { 'plans/kh-9-ubnd-thu.yaml': withParent, 'plans/qd.yaml': PLAN_FILES['qd-2282-ttg'], 'units/xa.yaml': UNIT_FILES.xa } });
    expect(chooseCatalog(both, BUILT_IN_STORE).source).toBe('published');
  });
});
