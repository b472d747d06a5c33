import { SaxesParser } from 'saxes';
import { KhInputError } from '../errors';
import { isCatalogId, type CoverageEntry, type CoverageStatus, type ParentLink } from '../snapshot';
import { escapeXml } from './escapeXml';
import { PARENT_LINK_NS } from './namespaces';
import type { PackageParts } from './openPackage';
import { decodeXml } from './xmlBytes';

const FIELDS = ['id', 'kind', 'number', 'date', 'issuer', 'title'] as const;
type Field = (typeof FIELDS)[number];

/**
 * The schema version written. Version 2 adds `<coverage>` (what the plan did with each parent task
 * and target) and the `version` attribute; it stays in the version 1 namespace because it only
 * adds elements a version 1 reader skips, so an older add-in still finds and reads the link.
 */
export const PARENT_LINK_VERSION = 2;

const STATUSES: readonly CoverageStatus[] = ['as-written', 'reworded', 'own-value', 'not-applicable', 'merged'];

const attr = (name: string, value: string | number | undefined) => (value === undefined ? '' : ` ${name}="${escapeXml(String(value).normalize('NFC'))}"`);

function coverageXml(entries: CoverageEntry[]): string {
  const items = entries.map((e) => {
    const head = `<${e.kind}${attr(e.kind === 'task' ? 'code' : 'id', e.code)}${attr('status', e.status)}${attr('into', e.into)}${attr('at', e.at)}${attr('value', e.value)}${attr('year', e.year)}`;
    return e.reason ? `${head}><reason>${escapeXml(e.reason.normalize('NFC'))}</reason></${e.kind}>` : `${head}/>`;
  });
  return `<coverage>${items.join('')}</coverage>`;
}

/**
 * The parent link as a custom XML part (`customXml/itemN.xml` in a .docx, `customXmlParts.add`
 * in Word): one element per field, then the coverage, in namespace urn:soan-kh:parent-link:1.
 */
export function serializeParentLink(link: ParentLink): string {
  const values: Record<Field, string | null | undefined> = { id: link.id, kind: link.kind, number: link.number, date: link.date, issuer: link.issuer, title: link.title };
  const body = FIELDS.filter((f) => values[f] !== undefined && !(f !== 'date' && values[f] === null))
    .map((f) => (values[f] === null || values[f] === '' ? `<${f}/>` : `<${f}>${escapeXml((values[f] as string).normalize('NFC'))}</${f}>`))
    .join('');
  const coverage = link.coverage ? coverageXml(link.coverage) : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<parentLink xmlns="${PARENT_LINK_NS}" version="${PARENT_LINK_VERSION}">${body}${coverage}</parentLink>`;
}

/** True when `xml` looks like our part (cheap test before parsing). */
function mentionsParentLink(xml: string): boolean {
  return xml.includes(PARENT_LINK_NS);
}

/**
 * The link in `xml`, or null when the XML is some other custom part. Our part with malformed XML
 * or without kind/number/issuer is a KhInputError naming `source`.
 */
export function parseParentLink(xml: string, source = 'customXml'): ParentLink | null {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let depth = 0;
  let ours = false;
  let field: Field | null = null;
  const values: Partial<Record<Field, string>> = {};
  let coverage: CoverageEntry[] | null = null;
  let entry: CoverageEntry | null = null;
  let inReason = false;
  const badEntries: string[] = [];
  parser.on('opentag', (tag) => {
    depth++;
    const mine = tag.uri === PARENT_LINK_NS;
    if (depth === 1) ours = mine && tag.local === 'parentLink';
    else if (ours && depth === 2 && mine && (FIELDS as readonly string[]).includes(tag.local ?? '')) {
      field = tag.local as Field;
      values[field] = '';
    } else if (ours && depth === 2 && mine && tag.local === 'coverage') coverage = [];
    else if (coverage && depth === 3 && mine && (tag.local === 'task' || tag.local === 'target')) {
      const a = (n: string) => (tag.attributes[n] as { value: string } | undefined)?.value;
      const code = a(tag.local === 'task' ? 'code' : 'id')?.trim();
      const status = a('status') as CoverageStatus | undefined;
      // An entry this version cannot read (a later status) is reported, not guessed at.
      if (!code || !status || !STATUSES.includes(status)) {
        badEntries.push(`${tag.local} ${code ?? '?'}: ${status ?? 'không có status'}`);
        return;
      }
      entry = { kind: tag.local, code, status };
      if (a('into')) entry.into = a('into')!.trim();
      if (a('at')) entry.at = a('at')!.trim();
      if (a('value') !== undefined && Number.isFinite(Number(a('value')))) entry.value = Number(a('value'));
      if (a('year') !== undefined && Number.isInteger(Number(a('year')))) entry.year = Number(a('year'));
      coverage.push(entry);
    } else if (entry && depth === 4 && mine && tag.local === 'reason') {
      inReason = true;
      entry.reason = '';
    }
  });
  parser.on('closetag', () => {
    if (depth === 2) field = null;
    if (depth === 3) entry = null;
    if (depth === 4) inReason = false;
    depth--;
  });
  parser.on('text', (text) => {
    if (field) values[field] += text;
    else if (inReason && entry) entry.reason += text;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    if (!mentionsParentLink(xml)) return null;
    const reason = e instanceof Error ? e.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '') : String(e);
    throw new KhInputError(source, `liên kết kế hoạch cấp trên lưu trong tệp bị hỏng (XML lỗi ở dòng ${parser.line}, cột ${parser.column}: ${reason})`, { line: parser.line, column: parser.column }, `the stored parent-plan link is damaged (${reason})`, 'parent-link-damaged');
  }
  if (!ours) return null;
  const missing = (['kind', 'number', 'issuer'] as const).filter((f) => !values[f]?.trim());
  if (missing.length > 0) {
    throw new KhInputError(source, `liên kết kế hoạch cấp trên lưu trong tệp thiếu ${missing.join(', ')}`, {}, `the stored parent-plan link lacks ${missing.join(', ')}`, 'parent-link-damaged');
  }
  const link: ParentLink = { kind: values.kind!.trim(), number: values.number!.trim(), date: values.date?.trim() || null, issuer: values.issuer!.trim() };
  // A document is anyone's: an id that is not a catalog id (a path, "..") is not kept.
  if (values.id?.trim() && isCatalogId(values.id.trim())) link.id = values.id.trim();
  if (values.title?.trim()) link.title = values.title.trim();
  if (badEntries.length) {
    throw new KhInputError(source, `liên kết kế hoạch cấp trên có mục phạm vi không đọc được (${badEntries.join('; ')}); có thể tệp được soạn bằng phiên bản mới hơn`, {}, `unreadable coverage entries: ${badEntries.join('; ')}`, 'parent-link-damaged');
  }
  if (coverage) {
    link.coverage = (coverage as CoverageEntry[]).map((e) => (e.reason !== undefined ? { ...e, reason: e.reason.trim() } : e));
  }
  return link;
}

/** Zip paths of the custom XML items of a package, in item order. */
export function customXmlItems(parts: PackageParts): string[] {
  return Object.keys(parts)
    .filter((n) => /^customXml\/item\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
}

/** The zip path of our part in `parts`, if there is one. */
export function findParentLinkItem(parts: PackageParts): string | null {
  for (const name of customXmlItems(parts)) if (mentionsParentLink(decodeXml(parts[name]))) return name;
  return null;
}

/** The parent link stored in a package, or null. */
export function findParentLink(parts: PackageParts, source: string): ParentLink | null {
  for (const name of customXmlItems(parts)) {
    const xml = decodeXml(parts[name], name, source);
    if (!mentionsParentLink(xml)) continue;
    const link = parseParentLink(xml, source);
    if (link) return link;
  }
  return null;
}
