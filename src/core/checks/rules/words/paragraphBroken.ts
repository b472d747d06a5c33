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
 * and the closing are left alone (their lines are fragments by design).
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
    return hits;
  },
};
