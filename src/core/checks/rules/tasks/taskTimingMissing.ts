import type { Rule } from '../../types';
import { missingTaskField } from './missingTaskField';

/** Every task says when it is done ("Thời gian thực hiện", "Thời hạn", "Thời gian hoàn thành"). */
export const taskTimingMissing: Rule = {
  id: 'task-timing-missing',
  appliesTo: 'plan',
  family: 'tasks',
  severity: 'error',
  title: { vi: 'Nhiệm vụ thiếu thời gian thực hiện', en: 'Task without a timing' },
  message: {
    vi: 'Nhiệm vụ {path} chưa có thời gian thực hiện',
    en: 'Task {path} has no timing',
  },
  variants: {
    placeholder: {
      vi: 'Nhiệm vụ {path}: thời gian thực hiện còn để trống ("{value}")',
      en: 'Task {path}: the timing is still a blank ("{value}")',
    },
  },
  source: 'Thực tiễn soạn kế hoạch: mỗi nhiệm vụ ghi "Thời gian thực hiện" / "Thời gian hoàn thành"',
  check: ({ plan }) => missingTaskField(plan, 'timing'),
};
