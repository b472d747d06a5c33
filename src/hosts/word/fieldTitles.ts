import type { FieldTag } from '../../core/blocks';

/** The name Word shows on a tagged content control (its title), in Vietnamese. */
export const FIELD_TITLES: Record<FieldTag, string> = {
  'kh:lead': 'Đơn vị chủ trì',
  'kh:cooperating': 'Đơn vị phối hợp',
  'kh:timing': 'Thời gian thực hiện',
  'kh:report-deadline': 'Hạn báo cáo',
  'kh:parent-citation': 'Trích dẫn kế hoạch cấp trên',
  'kh:target': 'Chỉ tiêu',
};
