/**
 * The parent as the preamble cites it, in the words of templates/sections/preamble.hbs: the
 * template is rendered and its `parent-citation` field read back, so a maintainer's edit to the
 * preamble reaches the pane's "Cập nhật trích dẫn" too.
 */
import type { ParentLink } from '../snapshot';
import { kindName } from '../text/documentKinds';
import { PRECOMPILED_TEMPLATES } from './generated/templates';
import { linesToBlocks } from './linesToBlocks';
import { renderTemplate } from './renderPlan';
import type { TemplateSet } from './templateSet';

export function citationText(link: ParentLink, set: TemplateSet = PRECOMPILED_TEMPLATES): string {
  const parent = { id: link.id ?? '', kind: link.kind, kindName: kindName(link.kind), number: link.number, date: link.date ?? '', issuer: link.issuer, title: link.title ?? '', programme: null };
  // Only the citation is read: the rest of the preamble gets neutral values.
  const rendered = renderTemplate(set, 'preamble', { ancestors: [], parent, unit: { issuedBy: '' }, title: '' });
  for (const block of linesToBlocks(rendered, () => 'I')) {
    if (!('inlines' in block)) continue;
    const field = block.inlines.find((i) => i.field === 'kh:parent-citation');
    if (field) return field.text.trim();
  }
  throw new Error('templates/sections/preamble.hbs không có trường "parent-citation"');
}
