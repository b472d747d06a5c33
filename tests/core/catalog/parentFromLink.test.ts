import { describe, expect, it } from 'vitest';
import { memoryStore, parentFromLink } from '../../../src/core/catalog/store';
import type { ParentLink } from '../../../src/core/snapshot';

const PLAN = `kind: KH
number: 12/KH-UBND
date: 2026-03-02
issuer: UBND tỉnh Thử
title: Thực hiện Chương trình thử
targets: []
tasks:
  - code: "1"
    title: Tuyên truyền
`;

const store = memoryStore({ 'kh-12-ubnd-thu': PLAN }, {});
const link: ParentLink = { id: 'kh-12-ubnd-thu', kind: 'KH', number: '12/KH-UBND', date: '2026-03-02', issuer: 'UBND tỉnh Thử', title: 'Thực hiện Chương trình thử' };

describe('the parent a document links to', () => {
  it('is the catalog plan the link names, with its tasks', () => {
    const parent = parentFromLink(link, store);
    expect(parent).toMatchObject({ id: 'kh-12-ubnd-thu', number: '12/KH-UBND' });
    expect(parent!.tasks.map((t) => t.code)).toEqual(['1']);
  });

  it('is the link itself when the catalog has no such plan (a parent imported from a document)', () => {
    expect(parentFromLink({ ...link, id: 'kh-khac' }, store)).toEqual({ id: 'kh-khac', kind: 'KH', number: '12/KH-UBND', date: '2026-03-02', issuer: 'UBND tỉnh Thử', title: 'Thực hiện Chương trình thử', targets: [], tasks: [] });
    expect(parentFromLink({ kind: 'QĐ', number: '5/QĐ-UBND', date: null, issuer: 'UBND xã' }, store)).toMatchObject({ id: '5/QĐ-UBND', date: '', title: '', tasks: [] });
  });

  it('is none when the document links to no parent', () => {
    expect(parentFromLink(null, store)).toBeNull();
  });

  it('does not take an object property for a catalog id', () => {
    expect(parentFromLink({ ...link, id: 'toString' }, store)).toMatchObject({ id: 'toString', tasks: [] });
  });
});
