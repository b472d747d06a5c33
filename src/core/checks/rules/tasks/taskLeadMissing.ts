import type { Rule } from '../../types';
import { missingTaskField } from './missingTaskField';

/**
 * Every task names the unit that leads it. Which items are tasks is the reader's call
 * (`plan.tasks`): labelled items and their unlabelled siblings; a plan that assigns work only
 * in "Tổ chức thực hiện" has none, so it is not flagged task by task.
 */
export const taskLeadMissing: Rule = {
  id: 'task-lead-missing',
  appliesTo: 'plan',
  family: 'tasks',
  severity: 'error',
  title: { vi: 'Nhiệm vụ thiếu đơn vị chủ trì', en: 'Task without a lead unit' },
  message: {
    vi: 'Nhiệm vụ {path} chưa có đơn vị chủ trì',
    en: 'Task {path} has no lead unit',
  },
  variants: {
    placeholder: {
      vi: 'Nhiệm vụ {path}: đơn vị chủ trì còn để trống ("{value}")',
      en: 'Task {path}: the lead unit is still a blank ("{value}")',
    },
    executing: {
      vi: 'Nhiệm vụ {path} chưa có đơn vị chủ trì: "{label}: {value}" ở đây là đơn vị cùng thực hiện, vì kế hoạch này ghi "{label}" bên cạnh "Đơn vị chủ trì" ở nhiệm vụ khác; ghi rõ đơn vị chủ trì',
      en: 'Task {path} has no lead unit: "{label}: {value}" names the units carrying it out here, since this plan gives "{label}" beside "Đơn vị chủ trì" in other tasks; name the lead unit',
    },
  },
  source: 'Thực tiễn soạn kế hoạch: mỗi nhiệm vụ ghi "Đơn vị chủ trì" / "Cơ quan thực hiện"',
  check: ({ plan }) => missingTaskField(plan, 'lead'),
};
