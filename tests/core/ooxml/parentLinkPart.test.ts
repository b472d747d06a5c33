import { describe, expect, it } from 'vitest';
import { KhInputError } from '../../../src/core/errors';
import { parseParentLink, serializeParentLink } from '../../../src/core/ooxml/parentLinkPart';
import type { ParentLink } from '../../../src/core/snapshot';

describe('parent link custom XML part', () => {
  const link: ParentLink = { id: 'qd-2282', kind: 'QĐ', number: '2282/QĐ-TTg', date: '2020-12-31', issuer: 'Thủ tướng Chính phủ', title: 'Chiến lược "bình đẳng giới" & <giai đoạn> 2021-2030' };

  it('round-trips every field, special characters included', () => {
    expect(parseParentLink(serializeParentLink(link))).toEqual(link);
  });

  it('is in namespace urn:soan-kh:parent-link:1', () => {
    expect(serializeParentLink(link)).toContain('<parentLink xmlns="urn:soan-kh:parent-link:1">');
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
