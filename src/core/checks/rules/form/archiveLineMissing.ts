import type { Rule, RuleHit } from '../../types';
import { lastTextParagraph, paragraphsBetween } from '../../support/paragraphs';
import { fold } from '../../../text/fold';

/**
 * NĐ 30 II.9: the recipients list ends with "- Lưu: VT, <unit><copies>.". Missing is an error;
 * a line without "VT" or without the closing full stop is a warning (seen in issued plans).
 * Initials in parentheses ("VT, TH (Ta).") are accepted. A Party document (HD 36-HD/VPTW) keeps
 * its copy with "- Lưu Văn phòng …", no colon and no "VT": that is its archive line.
 */
export const archiveLineMissing: Rule = {
  id: 'archive-line-missing',
  appliesTo: 'any',
  wholeDocument: true,
  family: 'form',
  severity: 'error',
  title: { vi: 'Dòng "Lưu: VT" thiếu hoặc chưa đúng', en: 'Archive line missing or malformed' },
  message: {
    vi: 'Nơi nhận chưa có dòng cuối "- Lưu: VT, …."',
    en: 'The recipients list lacks its last line "- Lưu: VT, …."',
  },
  variants: {
    'no-vt': { vi: 'Dòng lưu chưa ghi "VT" (văn thư): "{line}"', en: 'The archive line does not name VT (the registry): "{line}"' },
    'no-stop': { vi: 'Dòng lưu phải kết thúc bằng dấu chấm: "{line}"', en: 'The archive line must end with a full stop: "{line}"' },
  },
  source: 'NĐ 30/2020/NĐ-CP Phụ lục I, II.9',
  check({ plan, snapshot }) {
    const { closing } = plan;
    const found = closing.archiveLine;
    if (!found) {
      if (plan.form === 'party' && partyArchiveLine(snapshot, closing.recipientsHeading?.paragraph)) return [];
      if (closing.recipients.length === 0 && !closing.recipientsHeading) return []; // recipients-missing says it
      return [{ paragraph: closing.recipientsHeading?.paragraph ?? lastTextParagraph(snapshot) }];
    }
    const at = found.paragraph;
    const text = found.text.trim();
    const hits: RuleHit[] = [];
    if (!/\bVT\b/u.test(text)) hits.push({ paragraph: at, variant: 'no-vt', severity: 'warning', args: { line: text } });
    else if (!/\.\s*\**$/u.test(text)) hits.push({ paragraph: at, variant: 'no-stop', severity: 'warning', args: { line: text } });
    return hits;
  },
};

// "- Lưu Văn phòng Tỉnh ủy.", "- Lưu VP, …": the Party's archive line.
const PARTY_ARCHIVE = /^(?:[-–+•]\s*)?luu\s+\S/;

/** A Party archive line among the few paragraphs under Nơi nhận (a column layout the closing reader may not follow). */
function partyArchiveLine(snapshot: Parameters<Rule['check']>[0]['snapshot'], heading: number | undefined): boolean {
  if (heading === undefined) return false;
  return paragraphsBetween(snapshot, heading, heading + 20).some((p) => PARTY_ARCHIVE.test(fold(p.text.trim())));
}
