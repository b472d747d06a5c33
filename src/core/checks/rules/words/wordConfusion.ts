import type { Rule, RuleHit } from '../../types';
import { matchCase, vnRegex } from '../../support/vnRegex';
import { replaceFix } from '../../support/replaceFix';
import { CONFUSIONS } from './confusions';

const COMPILED = CONFUSIONS.map((c) => ({ re: vnRegex(c.pattern), replace: c.replace }));

/**
 * Words a spelling dictionary accepts but the context rejects ("Phần đầu đến năm 2030" for "Phấn
 * đấu", "lãnh đạo và quản nhằm" for "quản lý nhằm"): one finding per slip, with the words meant.
 * Dictionary: `rules/words/confusions.ts`.
 */
export const wordConfusion: Rule = {
  id: 'word-confusion',
  appliesTo: 'any',
  family: 'words',
  severity: 'error',
  title: { vi: 'Dùng sai từ', en: 'Wrong word' },
  message: {
    vi: 'Viết nhầm "{wrong}", đúng là "{right}"',
    en: '"{wrong}" is a slip for "{right}"',
  },
  source: 'NĐ 30/2020/NĐ-CP Điều 8 (ngôn ngữ chính xác, phổ thông); thực tiễn soát văn bản (cụm từ hành chính)',
  check({ snapshot }) {
    const hits: RuleHit[] = [];
    for (const p of snapshot.paragraphs) {
      // Two patterns may catch one slip ("lãnh đạo và quản nhằm"): one finding per place.
      const at = new Set<number>();
      for (const c of COMPILED) {
        const m = c.re.exec(p.text);
        if (!m || at.has(m.index)) continue;
        at.add(m.index);
        const right = matchCase(m[0], c.replace);
        hits.push({
          paragraph: p.index,
          args: { wrong: m[0], right },
          fix: replaceFix(p.index, p.text, m.index, m[0].length, right, { vi: `Sửa thành "${right}"`, en: `Change to "${right}"` }),
        });
      }
    }
    return hits;
  },
};
