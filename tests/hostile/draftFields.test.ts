/**
 * The title, Nơi nhận, archive line and signer go into the document without a template, so they
 * must be cleaned as template values are: a carriage return typed in the form, or one of the
 * renderer's private-use marker characters, never reaches the .docx (they did before).
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { blocksToDocx } from '../../src/core/ooxml/writeDocx';
import { draftPlan } from '../../src/core/templates/draftPlan';
import { readDocx } from '../../src/core/ooxml/readDocx';
import { example } from '../core/templates/support';

const xa = example('xa-dong-viet');
const PRIVATE_USE = /[\uE000-\uF8FF]/;

function drafted(form: string) {
  const { blocks, parentLink } = draftPlan(form, 'f.yaml');
  const bytes = blocksToDocx(blocks, { parentLink });
  return { blocks, xml: strFromU8(unzipSync(bytes)['word/document.xml']), bytes };
}

describe('header and signature fields typed in the form', () => {
  const form = xa
    .replace(/^title: .*$/m, 'title: "Thực hiện Chương trình\\rbình đẳng giới \\uE000kh:lead\\uE001x\\uE002 giai đoạn 2026-2030"')
    .replace(/^archive: .*$/m, 'archive: "VT,\\r\\uE010VHXH"')
    .replace(/^ {2}name: (?!UBND)(.*)$/m, '  name: "Nguyễn\\rVăn\\uE003 An"')
    .replace(/^recipients:\n/m, 'recipients:\n  - "Sở Nội vụ\\r(b/c)\\uE011"\n');

  it('never carry a raw carriage return or a private-use marker into the document', () => {
    const { blocks, xml } = drafted(form);
    const signature = blocks.find((b) => b.type === 'signature');
    const subject = blocks.find((b) => b.type === 'subject');
    expect(JSON.stringify([subject, signature])).not.toMatch(/\\r|[\uE000-\uF8FF]/);
    expect(xml).not.toMatch(PRIVATE_USE);
    expect(xml).not.toContain('\r');
  });

  it('keep what was typed, a carriage return read as a line break', () => {
    const { blocks, bytes } = drafted(form);
    const subject = blocks.find((b) => b.type === 'subject');
    expect(subject).toMatchObject({ text: 'Thực hiện Chương trình\nbình đẳng giới kh:leadx giai đoạn 2026-2030' });
    const text = readDocx(bytes, 'f.docx').paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('Sở Nội vụ');
    expect(text).toMatch(/VT,\s*VHXH/);
  });
});
