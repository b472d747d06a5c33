import type { Rule, RuleHit } from '../../types';
import { findPlaceholder, isPlaceholderValue } from '../../support/placeholder';
import { draftHeaderLines } from '../../support/draftHeader';

/** An appendix after the signature that is a form for others to fill (report outline, sample table). */
const FORM_APPENDIX_TITLE = /^\s*(?:ĐỀ CƯƠNG|MẪU|BIỂU MẪU|BIỂU SỐ|PHIẾU|ĐỀ CƯƠNG BÁO CÁO)\b/u;
const APPENDIX_HEADING = /^\s*Phụ lục\b/iu;
const SEPARATOR_LINE = /^\s*(?:_{3,}|[-–—]{3,})\s*$/u;

/** Text after a field's label (`Đơn vị chủ trì: …` → `…`); the whole text when there is no label. */
function valueAfterLabel(text: string): string {
  const colon = text.indexOf(':');
  return colon >= 0 && colon < 60 ? text.slice(colon + 1) : text;
}

/**
 * Blanks left in the text: "…", "....", "[…]", "…/…/2026", "ngày … tháng … năm", and content
 * controls we inserted (`kh:*`) that are still empty. Not flagged here: the header's number and
 * date (left for the văn thư: rule `draft-number-date-blank`, info) and a task's lead or timing
 * that is a blank (the task rules report those, naming the task); and appendices after the
 * signature that are forms for the recipients to fill ("ĐỀ CƯƠNG BÁO CÁO … (tháng …/2026)").
 */
export const fieldPlaceholder: Rule = {
  id: 'field-placeholder',
  appliesTo: 'any',
  family: 'fields',
  severity: 'error',
  title: { vi: 'Trường chưa điền', en: 'Unfilled field' },
  message: {
    vi: 'Còn chỗ trống chưa điền: "{blank}"',
    en: 'A blank is still unfilled: "{blank}"',
  },
  variants: {
    control: {
      vi: 'Ô nhập "{tag}" còn trống',
      en: 'The "{tag}" field is still empty',
    },
  },
  source: 'Thực tiễn rà soát dự thảo: văn bản trình ký không còn chỗ trống',
  check({ plan, snapshot }) {
    const header = draftHeaderLines(plan);
    const taskFieldLines = new Set<number>();
    for (const t of plan.tasks) {
      for (const f of [t.fields.lead, t.fields.timing]) if (f && isPlaceholderValue(f.value)) taskFieldLines.add(f.paragraph);
    }
    const signedAt = plan.signer?.paragraph ?? plan.at.signer ?? Infinity;
    let inForm = false;
    const hits: RuleHit[] = [];
    for (const p of snapshot.paragraphs) {
      if (p.index > signedAt) {
        if (APPENDIX_HEADING.test(p.text)) inForm = false;
        if (FORM_APPENDIX_TITLE.test(p.text)) inForm = true;
        if (inForm) continue;
      }
      if (p.index === header.number?.paragraph || p.index === header.date?.paragraph || taskFieldLines.has(p.index)) continue;
      const tag = p.tags.find((t) => t.startsWith('kh:'));
      if (tag && isPlaceholderValue(valueAfterLabel(p.text))) {
        hits.push({ paragraph: p.index, variant: 'control', args: { tag } });
        continue;
      }
      // A rule of underscores or dashes alone on its line ("____________" under the trích yếu) separates; it is no blank.
      if (SEPARATOR_LINE.test(p.text)) continue;
      const blank = findPlaceholder(p.text);
      if (blank) hits.push({ paragraph: p.index, args: { blank } });
    }
    return hits;
  },
};
