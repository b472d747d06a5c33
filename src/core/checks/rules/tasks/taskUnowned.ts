import type { Item } from '../../../plan/model';
import type { Rule, RuleHit } from '../../types';
import { foldWords } from '../../../text/fold';
import { isPlanDocument } from '../../support/isPlan';
import { paragraphsBetween } from '../../support/paragraphs';

// Phrases every task title and assignment shares: they say nothing about which work is meant.
const GENERIC = new RegExp(
  String.raw`\b(?:tang cuong|doi moi|day manh|nang cao|thuc hien|cong tac|trien khai|to chuc|xay dung|hoan thien|hoat dong|chuong trinh|ke hoach|can bo nu|can bo|phu nu|co quan|don vi|hieu qua|hieu luc|quan tam|chu dong|tiep tuc|su|cac|va|viec|cua|nhung|mot|tot)\b`,
  'g'
);
// Where a title's head stops: what follows says about what, for whom or why.
const HEAD_END = /\s(?:về|đối với|nhằm|gắn với|thông qua|cho|trong|tại|để)\s/iu;
// "thực hiện nội dung 1 và 2", "theo nhiệm vụ 3": an assignment by the task's number.
const BY_NUMBER = /\b(?:noi dung|nhiem vu|khoan|muc)\s+(?:[ivx]+\s*\.\s*)?(\d+(?:\s*(?:,|va)\s*\d+)*)/g;

/** The word pairs that name the task's own work: "thanh tra" in "Tăng cường công tác thanh tra, kiểm tra …". */
export function taskKeyTerms(title: string): string[] {
  // The title clause by clause, until one has words of its own ("Đổi mới, tăng cường công tác đào tạo").
  for (const clause of title.split(/[,;:.]/)) {
    const head = foldWords(` ${clause} `.split(HEAD_END)[0]);
    const pairs: string[] = [];
    for (const run of head.replace(GENERIC, '|').split('|')) {
      const words = run.trim().split(' ').filter(Boolean);
      for (let i = 0; i + 1 < words.length; i++) pairs.push(`${words[i]} ${words[i + 1]}`);
    }
    if (pairs.length > 0) return pairs;
  }
  return [];
}

/**
 * A plan that assigns its work only in Tổ chức thực hiện ("Phòng Văn hóa - Xã hội: chủ trì …")
 * must give each task of Nhiệm vụ to someone. A top-level task whose own work ("hợp tác quốc tế",
 * "thanh tra") no assignment mentions is reported, as a warning: the match is on words.
 */
export const taskUnowned: Rule = {
  id: 'task-unowned',
  appliesTo: 'plan',
  family: 'tasks',
  severity: 'warning',
  title: { vi: 'Nhiệm vụ chưa giao cho đơn vị nào', en: 'Task assigned to no unit' },
  message: {
    vi: 'Nhiệm vụ {path} ("{title}") chưa được giao cho cơ quan, đơn vị nào ở mục Tổ chức thực hiện',
    en: 'Task {path} ("{title}") is given to no unit in Tổ chức thực hiện',
  },
  source: 'thực tiễn thẩm định kế hoạch: mỗi nhiệm vụ có cơ quan chủ trì (kh-structure.md, lỗi #7)',
  check({ plan, snapshot }) {
    if (plan.tasks.length > 0 || !isPlanDocument(plan, snapshot)) return [];
    const tasks = plan.sections.find((s) => s.kind === 'tasks');
    const org = plan.sections.find((s) => s.kind === 'organization');
    if (!tasks || !org || tasks.items.length < 2) return [];
    const assigned = ` ${paragraphsBetween(snapshot, org.paragraph + 1, org.endParagraph).map((p) => foldWords(p.text)).join(' ')} `;
    // An organization section that assigns nothing by name is not the plan's way of assigning.
    if (!/\b(?:chu tri|thuc hien|phoi hop|de nghi|giao)\b/.test(assigned)) return [];
    const numbered = new Set([...assigned.matchAll(BY_NUMBER)].flatMap((m) => m[1].split(/\s*(?:,|va)\s*/)));
    const hits: RuleHit[] = [];
    const visit = (item: Item) => {
      if (numbered.has(item.marker.replace(/\D+/g, ''))) return;
      const terms = taskKeyTerms(item.title);
      if (terms.length > 0 && !terms.some((t) => assigned.includes(` ${t} `))) {
        const title = Array.from(item.title).slice(0, 60).join('') + (Array.from(item.title).length > 60 ? '…' : '');
        hits.push({ paragraph: item.paragraph, args: { path: `${tasks.numeral}.${item.path.replace(/^[^.]*\./, '')}`, title } });
      }
    };
    tasks.items.forEach(visit);
    return hits;
  },
};
