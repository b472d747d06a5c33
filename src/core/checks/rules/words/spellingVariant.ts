import type { Rule, RuleHit } from '../../types';
import { matchCase, vnRegex } from '../../support/vnRegex';
import { replaceFix } from '../../support/replaceFix';
import { SPELLING_VARIANTS } from './spellingVariants';

const GROUPS = SPELLING_VARIANTS.map((forms) => forms.map((form) => ({ form, re: vnRegex(String.raw`\b${form}\b`, 'giu'), anywhere: new RegExp(form, 'iu') })));

/**
 * One word written two accepted ways in one plan ("hằng năm" and "hàng năm", "quản lý" and "quản
 * lí"): the minority form is reported once, where it first appears, with the plan's majority form
 * as the fix. A reminder (info): both are correct, the document should be consistent.
 */
export const spellingVariant: Rule = {
  id: 'spelling-variant',
  appliesTo: 'any',
  family: 'words',
  severity: 'info',
  title: { vi: 'Một từ viết hai cách', en: 'One word spelt two ways' },
  message: {
    vi: 'Văn bản viết cả "{minority}" ({minorityCount} chỗ) và "{majority}" ({majorityCount} chỗ): nên thống nhất một cách, như "{majority}"',
    en: 'The text writes both "{minority}" ({minorityCount}) and "{majority}" ({majorityCount}): keep to one, e.g. "{majority}"',
  },
  source: 'NĐ 30/2020/NĐ-CP Phụ lục II (chính tả thống nhất trong văn bản); thực tiễn biên tập',
  check({ snapshot }) {
    const hits: RuleHit[] = [];
    for (const group of GROUPS) {
      // Counting words costs a regex build each (see vnRegex): only when two forms appear at all, even inside words.
      if (group.filter(({ anywhere }) => snapshot.paragraphs.some((p) => anywhere.test(p.text))).length < 2) continue;
      const counts = group.map(({ re }) => snapshot.paragraphs.reduce((n, p) => n + (p.text.match(re)?.length ?? 0), 0));
      const used = counts.filter((c) => c > 0).length;
      if (used < 2) continue;
      // The majority, ties going to the form listed first (the one NĐ 30's samples use).
      const major = counts.indexOf(Math.max(...counts));
      group.forEach(({ form, re }, i) => {
        if (i === major || counts[i] === 0) return;
        const p = snapshot.paragraphs.find((q) => q.text.match(re));
        if (!p) return;
        re.lastIndex = 0;
        const m = re.exec(p.text)!;
        re.lastIndex = 0;
        const right = matchCase(m[0], group[major].form);
        hits.push({
          paragraph: p.index,
          args: { minority: form, majority: group[major].form, minorityCount: counts[i], majorityCount: counts[major] },
          fix: replaceFix(p.index, p.text, m.index, m[0].length, right, { vi: `Sửa thành "${right}"`, en: `Change to "${right}"` }),
        });
      });
    }
    return hits;
  },
};
