import type { Rule } from '../../types';
import { toNewTonePlacement, toOldTonePlacement, tonePlacementStyles } from '../../../text/tonePlacement';

/**
 * "Uỷ"/"Ủy", "hoà"/"hòa": both placements are correct, but one document keeps to one (NĐ 30
 * Phụ lục II; real plans mix them). Info, once, on the first word written the minority way.
 */
export const tonePlacementMixed: Rule = {
  id: 'tone-placement-mixed',
  appliesTo: 'any',
  family: 'spelling',
  severity: 'info',
  title: { vi: 'Dùng lẫn hai cách đặt dấu thanh', en: 'Mixed tone-mark placement' },
  message: {
    vi: 'Văn bản dùng lẫn hai cách đặt dấu thanh ("{word}" và "{other}"): {count} chỗ đặt khác phần lớn văn bản; nên thống nhất một cách, như "{other}"',
    en: 'The text mixes tone-mark placements ("{word}" and "{other}"); keep to the majority style ("{other}"); {count} places differ',
  },
  source: 'NĐ 30/2020/NĐ-CP Phụ lục II (chính tả); kh-structure.md lỗi #11',
  check({ snapshot }) {
    let old = 0;
    let neu = 0;
    const counts = snapshot.paragraphs.map((p) => {
      const s = tonePlacementStyles(p.text);
      old += s.old;
      neu += s.new;
      return s;
    });
    if (old === 0 || neu === 0) return [];
    const minorityIsOld = old < neu;
    const i = counts.findIndex((s) => (minorityIsOld ? s.old : s.new) > 0);
    const text = snapshot.paragraphs[i].text;
    const convert = minorityIsOld ? toNewTonePlacement : toOldTonePlacement;
    const word = text.split(/[\s,.;:()"“”]+/u).find((w) => w && convert(w) !== w) ?? '';
    return [{ paragraph: snapshot.paragraphs[i].index, args: { word, other: convert(word), count: Math.min(old, neu) } }];
  },
};
