import type { Block, FieldTag, Inline } from '../blocks';
import { escapeXml } from './escapeXml';
import { FIRST_LINE, HEADER_COLUMNS, LINE, QUOC_HIEU, RULE, SIGNATURE_COLUMNS, SIZE, SPACE_AFTER, TEXT_WIDTH, TIEU_NGU } from './nd30Layout';
import { paragraphXml, ruleXml, runsXml, type ParagraphSpec, type RunSpec } from './paragraphXml';

/** The Vietnamese name Word shows on a field's content control. */
const FIELD_ALIAS: Record<FieldTag, string> = {
  'kh:lead': 'Đơn vị chủ trì',
  'kh:cooperating': 'Đơn vị phối hợp',
  'kh:timing': 'Thời gian thực hiện',
  'kh:report-deadline': 'Thời hạn báo cáo',
  'kh:parent-citation': 'Văn bản cấp trên',
  'kh:target': 'Chỉ tiêu',
};

/** Content-control ids: unique within one call, starting where the caller says. */
export interface BodyContext {
  nextId: number;
}

const BODY: ParagraphSpec = { align: 'both', firstLine: FIRST_LINE, after: SPACE_AFTER, line: LINE };
const BODY_RUN: RunSpec = { sizePt: SIZE.body };

function upper(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi');
}

/** Inlines as runs; a `field` inline becomes a run-level content control tagged for the checker. */
function inlinesXml(inlines: Inline[], base: RunSpec, ctx: BodyContext): string {
  let xml = '';
  for (const inline of inlines) {
    const run: RunSpec = { sizePt: base.sizePt, bold: inline.bold ?? base.bold, italic: inline.italic ?? base.italic };
    const runs = runsXml(inline.text, run);
    if (!inline.field) {
      xml += runs;
      continue;
    }
    xml +=
      `<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(FIELD_ALIAS[inline.field] ?? inline.field)}"/>` +
      `<w:tag w:val="${escapeXml(inline.field)}"/><w:id w:val="${ctx.nextId++}"/></w:sdtPr>` +
      `<w:sdtContent>${runs}</w:sdtContent></w:sdt>`;
  }
  return xml;
}

function borderlessTable(columns: readonly number[], cells: string[][]): string {
  const grid = columns.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  const none = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="nil"/>`).join('');
  const rows = cells
    .map((row) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${row.map((content, i) => `<w:tc><w:tcPr><w:tcW w:w="${columns[i]}" w:type="dxa"/></w:tcPr>${content}</w:tc>`).join('')}</w:tr>`)
    .join('');
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${columns.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:jc w:val="center"/>` +
    `<w:tblBorders>${none}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>` +
    `<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>` +
    `<w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`
  );
}

function centred(text: string, run: RunSpec, before = 0): string {
  return paragraphXml({ align: 'center', before }, run, runsXml(text, run));
}

function headerXml(block: Extract<Block, { type: 'header' }>): string {
  const [left, right] = HEADER_COLUMNS;
  const bodies =
    (block.parentBody ? centred(upper(block.parentBody), { sizePt: SIZE.header }) : '') +
    centred(upper(block.issuer), { sizePt: SIZE.header, bold: true }) +
    ruleXml(left, RULE.issuer);
  const national = centred(QUOC_HIEU, { sizePt: SIZE.header, bold: true }) + centred(TIEU_NGU, { sizePt: SIZE.motto, bold: true }) + ruleXml(right, RULE.motto);
  const number = /^s[ốo]\s*:/i.test(block.number.trim()) ? block.number.trim() : `Số: ${block.number.trim()}`;
  return borderlessTable(HEADER_COLUMNS, [
    [bodies, national],
    [centred(number, { sizePt: SIZE.header }, 80), centred(block.placeDate, { sizePt: SIZE.placeDate, italic: true }, 80)],
  ]);
}

function signatureXml(block: Extract<Block, { type: 'signature' }>): string {
  const left: RunSpec = { sizePt: SIZE.recipients };
  const label: RunSpec = { sizePt: SIZE.recipientsLabel, bold: true, italic: true };
  const recipients =
    paragraphXml({ align: 'left', before: 240 }, label, runsXml('Nơi nhận:', label)) +
    block.recipients.map((r) => paragraphXml({ align: 'left' }, left, runsXml(/^\s*[-–]/.test(r) ? r.trim() : `- ${r.trim()}`, left))).join('');
  const strong: RunSpec = { sizePt: SIZE.body, bold: true };
  const lines = [...block.authority, block.title].filter((l) => l.trim() !== '');
  const signer =
    lines.map((l, i) => centred(upper(l), strong, i === 0 ? 240 : 0)).join('') +
    // Room for the signature and the seal.
    Array.from({ length: 4 }, () => paragraphXml({ align: 'center' }, strong, '')).join('') +
    centred(block.name, strong);
  return borderlessTable(SIGNATURE_COLUMNS, [[recipients, signer]]);
}

/** The task fields a heading must not be parted from at a page break. */
const TASK_FIELDS: readonly FieldTag[] = ['kh:lead', 'kh:cooperating', 'kh:timing'];

/** A line holding a task's field ("Đơn vị chủ trì: …"). */
function isFieldLine(block: Block | undefined): boolean {
  return block?.type === 'paragraph' && block.inlines.some((i) => i.field !== undefined && TASK_FIELDS.includes(i.field));
}

/**
 * Whether a block stays on the page of the one after it: section titles and bold khoản always; a
 * task's heading and each of its field lines too, so the heading, its fields and the first line
 * of its content move to the next page together and no field line is left alone at a page top.
 */
function keepsWithNext(block: Block, next: Block | undefined): boolean {
  if (block.type === 'section') return true;
  if (block.type === 'item') return block.bold === true || isFieldLine(next);
  return isFieldLine(block);
}

function blockXml(block: Block, ctx: BodyContext, keepNext = false): string {
  switch (block.type) {
    case 'header':
      return headerXml(block);
    case 'doc-kind': {
      const run: RunSpec = { sizePt: SIZE.body, bold: true };
      return paragraphXml({ align: 'center', before: 360, keepNext: true }, run, runsXml(upper(block.text), run));
    }
    case 'subject': {
      const run: RunSpec = { sizePt: SIZE.body, bold: true };
      return paragraphXml({ align: 'center', keepNext: true }, run, runsXml(block.text, run)) + ruleXml(TEXT_WIDTH, RULE.subject, 240);
    }
    case 'basis': {
      // Căn cứ and Thực hiện lines are one kind (NĐ 30, Phụ lục I: căn cứ in italics): alike unless a block says otherwise.
      const run: RunSpec = { sizePt: SIZE.body, italic: block.italic ?? true };
      return paragraphXml(BODY, run, inlinesXml(block.inlines, run, ctx));
    }
    case 'section': {
      const run: RunSpec = { sizePt: SIZE.body, bold: true };
      const numeral = block.numeral.trim().replace(/\.$/, '');
      return paragraphXml({ ...BODY, before: SPACE_AFTER, keepNext }, run, runsXml(`${numeral}. ${upper(block.title)}`, run));
    }
    case 'item': {
      const run: RunSpec = { sizePt: SIZE.body, bold: block.bold };
      return paragraphXml({ ...BODY, keepNext }, run, runsXml(`${block.marker.trim()} `, run) + inlinesXml(block.inlines, run, ctx));
    }
    case 'paragraph':
      return paragraphXml({ ...BODY, keepNext }, BODY_RUN, inlinesXml(block.inlines, BODY_RUN, ctx));
    case 'signature':
      return signatureXml(block);
  }
}

/** Whether the blocks end with a table (the header and signature are tables): Word then wants a paragraph after it. */
export function endsInTable(blocks: Block[]): boolean {
  const last = blocks[blocks.length - 1];
  return last !== undefined && (last.type === 'header' || last.type === 'signature');
}

/** Body-level WordprocessingML for `blocks`, NĐ 30 formatting decided by block type. */
export function blocksToBodyXml(blocks: Block[], ctx: BodyContext = { nextId: 1 }): string {
  return blocks.map((b, i) => blockXml(b, ctx, keepsWithNext(b, blocks[i + 1]))).join('');
}

/** A plain body paragraph (justified, first-line indent), optionally a tagged content control. */
export function bodyParagraphXml(text: string, tag?: string, ctx: BodyContext = { nextId: 1 }): string {
  const p = paragraphXml(BODY, BODY_RUN, runsXml(text, BODY_RUN));
  if (!tag) return p;
  const alias = FIELD_ALIAS[tag as FieldTag];
  return `<w:sdt><w:sdtPr>${alias ? `<w:alias w:val="${escapeXml(alias)}"/>` : ''}<w:tag w:val="${escapeXml(tag)}"/><w:id w:val="${ctx.nextId++}"/></w:sdtPr><w:sdtContent>${p}</w:sdtContent></w:sdt>`;
}
