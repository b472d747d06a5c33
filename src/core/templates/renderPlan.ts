/**
 * Template + parent + form → blocks. The header (boxes 1–5) and the signature come from
 * structured data; the body sections from the `.hbs` templates, one per section, a level's own
 * version (`xa/budget`) taking precedence over the common one (`budget`).
 */
import type { Block } from '../blocks';
import { KhInputError } from '../errors';
import type { DraftContext } from './draftContext';
import { HELPERS } from './helpers';
import { linesToBlocks } from './linesToBlocks';
import { protectData, typedText } from './markers';
import { roman } from '../text/roman';
import { templateRenderError } from './templateErrors';
import type { TemplateSet } from './templateSet';
import { placeAndDate } from '../text/dates';

/** Section ids in plan order; `--sections` and the pane pick from these. */
export const SECTION_IDS = ['header', 'preamble', 'purpose', 'objectives', 'tasks', 'budget', 'organization', 'reporting', 'signature'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** The sections drawn from templates (the others come from data). */
export const TEMPLATE_SECTIONS = ['preamble', 'purpose', 'objectives', 'tasks', 'budget', 'organization', 'reporting'] as const satisfies readonly SectionId[];

export interface RenderOptions {
  /** Only these sections, in plan order (what the pane inserts at the cursor). Default: all. */
  sections?: readonly SectionId[];
}

/** Which template renders a section for a level: `xa/budget` before `budget`. */
export function templateFor(set: TemplateSet, level: string, section: string): string | null {
  if (set[`${level}/${section}`]) return `${level}/${section}`;
  return set[section] ? section : null;
}

/** Reads `--sections header,tasks`: unknown ids are an argument error naming the valid ones. */
export function parseSectionList(text: string, file = 'kh draft'): SectionId[] {
  const ids = text.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = ids.filter((id) => !(SECTION_IDS as readonly string[]).includes(id));
  if (bad.length || ids.length === 0) {
    throw new KhInputError(file, `không có mục "${bad.join(', ') || text}"; chọn trong: ${SECTION_IDS.join(', ')}`, {}, `unknown section "${bad.join(', ')}"`, 'section-unknown');
  }
  return SECTION_IDS.filter((id) => ids.includes(id));
}

// The header and the signature take the form's values without a template: cleaned like a template's values.
function headerBlocks(ctx: DraftContext): Block[] {
  return [
    { type: 'header', parentBody: ctx.unit.parentBody == null ? null : typedText(ctx.unit.parentBody), issuer: typedText(ctx.unit.issuer), number: typedText(ctx.number), placeDate: typedText(placeAndDate(ctx.unit.place, ctx.date)) },
    { type: 'doc-kind', text: 'KẾ HOẠCH' },
    { type: 'subject', text: typedText(ctx.title) },
  ];
}

function signatureBlock(ctx: DraftContext): Block {
  return {
    type: 'signature',
    recipients: [...ctx.recipients, ctx.archiveLine].map(typedText),
    authority: ctx.signer.authority.map(typedText),
    title: typedText(ctx.signer.title),
    name: typedText(ctx.signer.name),
  };
}

/** Renders one template; a missing field or bad helper argument becomes a KhInputError on the template. */
export function renderTemplate(set: TemplateSet, name: string, ctx: DraftContext | Record<string, unknown>): string {
  const t = set[name];
  if (!t) throw new KhInputError(`sections/${name}.hbs`, `không có mẫu "${name}"`, {}, `no template "${name}"`, 'template-unknown');
  try {
    return t.render(protectData(ctx), { helpers: HELPERS });
  } catch (e) {
    throw templateRenderError(e, t.file, t.source);
  }
}

/** The whole plan, or the chosen sections numbered as they are in the whole plan. */
export function renderPlan(set: TemplateSet, ctx: DraftContext, options: RenderOptions = {}): Block[] {
  const wanted = new Set<SectionId>(options.sections ?? SECTION_IDS);
  let sectionCount = 0;
  const numberSection = () => roman(++sectionCount);
  const out: Block[] = [];
  if (wanted.has('header')) out.push(...headerBlocks(ctx));
  for (const section of TEMPLATE_SECTIONS) {
    const name = templateFor(set, ctx.level, section);
    if (!name) throw new KhInputError(`sections/${section}.hbs`, `thiếu mẫu cho mục "${section}"`, {}, `no template for section "${section}"`, 'template-unknown');
    // Every section is rendered so that numbering is the whole plan's, even for a single section.
    const blocks = linesToBlocks(renderTemplate(set, name, ctx), numberSection);
    if (wanted.has(section)) out.push(...blocks);
  }
  if (wanted.has('signature')) out.push(signatureBlock(ctx));
  return out;
}
