import type { Rule, RuleHit } from '../../types';
import { LOWER } from '../../../text/letters';

// A paragraph that stops on a word: no full stop, colon, semicolon, comma, bracket or closing mark.
const ENDS_ON_WORD = new RegExp(String.raw`[${LOWER}]$`, 'u');
// A lower-case word, not a point's letter ("a) …") or a bullet.
const STARTS_LOWER = new RegExp(String.raw`^[${LOWER}](?![)\].])`, 'u');
// Short lines end on a word by nature: headings, signature lines, table cells.
const MIN_LENGTH = 30;

/**
 * A sentence cut in two by a paragraph break ("… về bình" / "đẳng giới, …"): the first paragraph
 * ends on a word with no punctuation and the next one with text starts in lower case. Table cells
 * and the closing are left alone (their lines are fragments by design). In a text the reader found
 * hard-wrapped (every long line stops near one width), the breaks are one finding with their count.
 */
export const paragraphBroken: Rule = {
  id: 'paragraph-broken',
  appliesTo: 'any',
  family: 'words',
  severity: 'error',
  title: { vi: 'Câu bị ngắt đoạn giữa chừng', en: 'Sentence broken across paragraphs' },
  message: {
    vi: 'Câu bị ngắt sang đoạn sau giữa chừng ("…{tail}" / "{head}…"): nối hai đoạn lại',
    en: 'A sentence is broken into the next paragraph ("…{tail}" / "{head}…"): join the two paragraphs',
  },
  variants: {
    wrapped: {
      vi: 'Văn bản bị ngắt dòng cứng ở khoảng {width} ký tự (chép từ bản in hoặc PDF): {count} câu bị ngắt sang đoạn sau, như "…{tail}" / "{head}…"; nối các dòng của mỗi đoạn lại',
      en: 'The text is hard-wrapped at about {width} characters (copied from print or a PDF): {count} sentences run into the next paragraph, as "…{tail}" / "{head}…"; join each paragraph\'s lines',
    },
  },
  source: 'NĐ 30/2020/NĐ-CP Phụ lục I, II.6 (trình bày nội dung); thực tiễn soát văn bản',
  check({ snapshot, plan }) {
    // From the first section: a trích yếu runs over two lines by design.
    const start = plan.sections[0]?.paragraph ?? Infinity;
    const end = plan.at.recipients ?? plan.at.signer ?? Infinity;
    const ps = snapshot.paragraphs.filter((p) => p.text.trim() !== '' && !p.cell && p.index >= start && p.index < end);
    const hits: RuleHit[] = [];
    for (let i = 0; i + 1 < ps.length; i++) {
      const a = ps[i].text.trimEnd();
      const b = ps[i + 1].text.trimStart();
      if (a.length < MIN_LENGTH || !ENDS_ON_WORD.test(a) || !STARTS_LOWER.test(b) || a.includes('\n')) continue;
      const tail = a.split(/\s+/).slice(-2).join(' ');
      const head = b.split(/\s+/).slice(0, 2).join(' ');
      hits.push({ paragraph: ps[i].index, args: { tail, head } });
    }
    // A copy hard-wrapped line by line: one defect of the whole text, said once where it starts, not at every line.
    if (plan.hardWrapWidth && hits.length > 1) return [{ ...hits[0], variant: 'wrapped', args: { ...hits[0].args, width: plan.hardWrapWidth, count: hits.length } }];
    return hits;
  },
};
