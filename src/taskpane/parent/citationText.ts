import type { ParentLink } from '../../core/snapshot';
import { kindName } from '../../core/text/documentKinds';
import { dateShort } from '../../core/text/dates';

/** The parent as the preamble cites it (templates/sections/preamble.hbs, the `parent-citation` field). */
export function citationText(link: ParentLink): string {
  const date = link.date ? ` ngày ${dateShort(link.date)}` : '';
  const title = link.title ? ` về ${link.title.charAt(0).toLocaleLowerCase('vi') + link.title.slice(1)}` : '';
  return `${kindName(link.kind)} số ${link.number}${date} của ${link.issuer}${title}`;
}
