import type { ParentLink } from '../snapshot';
import { escapeXml } from './escapeXml';
import { CONTENT_TYPE, NS, PARENT_LINK_NS, REL } from './namespaces';
import { FONT, PAGE, SIZE } from './nd30Layout';
import { serializeParentLink } from './parentLinkPart';

export const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A stable id for our custom XML item: one per document, so a fixed GUID keeps output reproducible. */
const PARENT_LINK_ITEM_ID = '{5D6B1C2A-4B48-4B48-9A1E-50414E4B4831}';

export function relationshipsXml(rels: { id: string; type: string; target: string }[]): string {
  return `<Relationships xmlns="${NS.pkgRels}">${rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`).join('')}</Relationships>`;
}

/**
 * A4 portrait with NĐ 30 margins; with `headerRelId`, page numbers in the header from page 2 on
 * (`titlePg` gives page 1 its own, empty, header).
 */
export function sectionPropertiesXml(headerRelId?: string): string {
  return (
    `<w:sectPr>${headerRelId ? `<w:headerReference w:type="default" r:id="${headerRelId}"/>` : ''}<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>` +
    `<w:pgMar w:top="${PAGE.marginTop}" w:right="${PAGE.marginRight}" w:bottom="${PAGE.marginBottom}" w:left="${PAGE.marginLeft}" w:header="${PAGE.header}" w:footer="${PAGE.footer}" w:gutter="0"/>` +
    `<w:cols w:space="720"/>${headerRelId ? '<w:titlePg/>' : ''}<w:docGrid w:linePitch="360"/></w:sectPr>`
  );
}

/** document.xml; `section` is the body's sectPr (none for a flat OPC insertion). */
export function documentXml(body: string, section = ''): string {
  return `<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}"><w:body>${body}${section}</w:body></w:document>`;
}

/** header1.xml: the page number, centred, upright, 14 pt (NĐ 30 Phụ lục I). */
export function pageNumberHeaderXml(): string {
  const rPr = `<w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}"/><w:sz w:val="${SIZE.body * 2}"/><w:szCs w:val="${SIZE.body * 2}"/></w:rPr>`;
  return (
    `<w:hdr xmlns:w="${NS.w}" xmlns:r="${NS.r}"><w:p><w:pPr><w:jc w:val="center"/>${rPr}</w:pPr>` +
    `<w:r>${rPr}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${rPr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
    `<w:r>${rPr}<w:fldChar w:fldCharType="separate"/></w:r><w:r>${rPr}<w:t>2</w:t></w:r><w:r>${rPr}<w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>`
  );
}

/** Defaults that make an unformatted paragraph NĐ 30 body text; blocks still carry direct formatting so insertOoxml keeps it. */
export function stylesXml(): string {
  const half = SIZE.body * 2;
  return (
    `<w:styles xmlns:w="${NS.w}"><w:docDefaults><w:rPrDefault><w:rPr>` +
    `<w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:eastAsia="${FONT}" w:cs="${FONT}"/><w:sz w:val="${half}"/><w:szCs w:val="${half}"/><w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/>` +
    `</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>` +
    `<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:semiHidden/></w:style></w:styles>`
  );
}

export function settingsXml(): string {
  return (
    `<w:settings xmlns:w="${NS.w}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>` +
    `<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
    `<w:themeFontLang w:val="vi-VN"/></w:settings>`
  );
}

export function corePropertiesXml(title: string | undefined, created: string | undefined): string {
  return (
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
    `xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    (title ? `<dc:title>${escapeXml(title)}</dc:title>` : '') +
    `<dc:creator>Soạn KH</dc:creator>` +
    (created ? `<dcterms:created xsi:type="dcterms:W3CDTF">${escapeXml(created)}</dcterms:created>` : '') +
    `</cp:coreProperties>`
  );
}

export function appPropertiesXml(): string {
  return `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Soạn KH</Application></Properties>`;
}

/** itemPropsN.xml: the item's id and the schema it holds, as Word writes it. */
function parentLinkItemPropsXml(): string {
  return `<ds:datastoreItem ds:itemID="${PARENT_LINK_ITEM_ID}" xmlns:ds="${NS.customXmlDs}"><ds:schemaRefs><ds:schemaRef ds:uri="${PARENT_LINK_NS}"/></ds:schemaRefs></ds:datastoreItem>`;
}

export function contentTypesXml(withParentLink: boolean): string {
  const override = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  return (
    `<Types xmlns="${NS.contentTypes}"><Default Extension="rels" ContentType="${CONTENT_TYPE.rels}"/><Default Extension="xml" ContentType="${CONTENT_TYPE.xml}"/>` +
    override('/word/document.xml', CONTENT_TYPE.document) +
    override('/word/styles.xml', CONTENT_TYPE.styles) +
    override('/word/settings.xml', CONTENT_TYPE.settings) +
    override('/word/header1.xml', CONTENT_TYPE.header) +
    override('/docProps/core.xml', CONTENT_TYPE.coreProperties) +
    override('/docProps/app.xml', CONTENT_TYPE.extendedProperties) +
    (withParentLink ? override('/customXml/itemProps1.xml', CONTENT_TYPE.customXmlProps) : '') +
    `</Types>`
  );
}

/** The custom XML parts of a parent link, by zip path. */
export function parentLinkParts(link: ParentLink, item = 1): Record<string, string> {
  return {
    [`customXml/item${item}.xml`]: serializeParentLink(link),
    [`customXml/itemProps${item}.xml`]: XML_DECL + parentLinkItemPropsXml(),
    [`customXml/_rels/item${item}.xml.rels`]: XML_DECL + relationshipsXml([{ id: 'rId1', type: REL.customXmlProps, target: `itemProps${item}.xml` }]),
  };
}
