import type { Rule } from '../../types';

/**
 * A document still holding tracked changes (Track Changes) is not the text that will be signed:
 * the reader reads it as it would print (insertions in, deletions out) and says so, once, so the
 * reviewer accepts or rejects the revisions before issue.
 */
export const trackedChanges: Rule = {
  id: 'tracked-changes',
  family: 'form',
  severity: 'info',
  appliesTo: 'any',
  title: { vi: 'Còn thay đổi được theo dõi', en: 'Tracked changes remain' },
  message: {
    vi: 'Văn bản còn {count} thay đổi được theo dõi (Track Changes) chưa chấp nhận hay từ chối; đã kiểm tra văn bản như khi in (phần chèn được tính, phần xóa bỏ qua); cần xử lý hết trước khi trình ký',
    en: 'The document still has {count} tracked changes not accepted or rejected; it was checked as it would print (insertions in, deletions out); resolve them before signing',
  },
  source: 'Soạn KH (văn bản trình ký là bản cuối, không còn phần sửa đổi)',
  check({ snapshot }) {
    const t = snapshot.trackedChanges;
    if (!t) return [];
    const count = t.insertions + t.deletions + t.formatting;
    if (count === 0) return [];
    return [{ paragraph: t.paragraph ?? snapshot.paragraphs[0]?.index ?? 1, args: { count } }];
  },
};
