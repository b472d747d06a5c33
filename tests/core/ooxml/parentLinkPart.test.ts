import { describe, expect, it } from 'vitest';
import { KhInputError } from '../../../src/core/errors';
import { parseParentLink, serializeParentLink } from '../../../src/core/ooxml/parentLinkPart';
import type { ParentLink } from '../../../src/core/snapshot';

describe('parent link custom XML part', () => {
  const link: ParentLink = { id: 'qd-2282', kind: 'QĐ', number: '2282/QĐ-TTg', date: '2020-12-31', issuer: 'Thủ tướng Chính phủ', title: 'Chiến lược "bình đẳng giới" & <giai đoạn> 2021-2030' };

  it('round-trips every field, special characters included', () => {
    expect(parseParentLink(serializeParentLink(link))).toEqual(link);
  });

  it('is in namespace urn:soan-kh:parent-link:1 and says it is schema version 2', () => {
    expect(serializeParentLink(link)).toContain('<parentLink xmlns="urn:soan-kh:parent-link:1" version="2">');
  });

  describe('coverage of the parent (version 2)', () => {
    const covered: ParentLink = {
      ...link,
      coverage: [
        { kind: 'task', code: '1', status: 'as-written', at: '1' },
        { kind: 'task', code: '2', status: 'reworded', at: '2' },
        { kind: 'task', code: '2.c', status: 'merged', into: '2', reason: 'gộp vào nhiệm vụ đào tạo, bồi dưỡng' },
        { kind: 'task', code: '4', status: 'not-applicable', reason: 'Hợp tác quốc tế do tỉnh thực hiện; xã không có thẩm quyền' },
        { kind: 'target', code: 'nu-quy-hoach', status: 'own-value', value: 45.5, year: 2030 },
        { kind: 'target', code: 'lanh-dao-chu-chot-nu', status: 'not-applicable', reason: 'chỉ tiêu cho cả tỉnh, "xã" & <thôn> không đo được' },
      ],
    };

    it('keeps each task and target decision, its reason and what it was merged into', () => {
      expect(parseParentLink(serializeParentLink(covered))).toEqual(covered);
    });

    it('still reads a version 1 part (no version, no coverage) as before', () => {
      const v1 = '<parentLink xmlns="urn:soan-kh:parent-link:1"><kind>KH</kind><number>163/KH-UBND</number><date>2026-05-12</date><issuer>UBND tỉnh Bắc Ninh</issuer></parentLink>';
      expect(parseParentLink(v1)).toEqual({ kind: 'KH', number: '163/KH-UBND', date: '2026-05-12', issuer: 'UBND tỉnh Bắc Ninh' });
    });

    it('keeps the fields a version 1 reader looks for as direct children, so an older add-in still reads the link', () => {
      const xml = serializeParentLink(covered);
      const children = [...xml.matchAll(/<parentLink[^>]*>(.*)<\/parentLink>/gs)][0][1];
      expect(children.startsWith('<id>qd-2282</id><kind>QĐ</kind><number>2282/QĐ-TTg</number>')).toBe(true);
    });

    it('refuses a coverage entry with a status this version does not know, rather than guess', () => {
      const xml = '<parentLink xmlns="urn:soan-kh:parent-link:1" version="3"><kind>KH</kind><number>1/KH</number><issuer>UBND</issuer><coverage><task code="1" status="postponed"/></coverage></parentLink>';
      expect(() => parseParentLink(xml, 'kh.docx')).toThrow(/task 1: postponed/);
    });
  });

  it('keeps a missing date as null and leaves out absent id and title', () => {
    const bare: ParentLink = { kind: 'KH', number: '14-KH/TU', date: null, issuer: 'Tỉnh ủy' };
    expect(parseParentLink(serializeParentLink(bare))).toEqual(bare);
  });

  it('returns null for another custom XML part', () => {
    expect(parseParentLink('<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>')).toBeNull();
  });

  it('refuses our part when it lacks the number', () => {
    expect(() => parseParentLink('<parentLink xmlns="urn:soan-kh:parent-link:1"><kind>KH</kind><issuer>UBND</issuer></parentLink>', 'kh.docx')).toThrow(KhInputError);
  });
});
