import { configure, render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { textToDocx } from '../../src/core/ooxml/writeDocx';
import { DocxHost } from '../../src/hosts/docx/DocxHost';
import { runCheckJob } from '../../src/taskpane/check/checkJob';
import type { CheckRunner } from '../../src/taskpane/check/checkRunner';
import { I18nProvider, type Language } from '../../src/taskpane/i18n';

// happy-dom cancels Web Animations on unmount with an unhandled AbortError; Fluent's motion
// falls back to no animation when `animate` is missing, as in old browsers.
if (typeof Element !== 'undefined') delete (Element.prototype as { animate?: unknown }).animate;

// findBy/waitFor poll until this bound, not for a fixed time: on a loaded 2-core machine the first
// render of a lazy panel (templates, YAML) can take seconds, and 1 s (the default) made tests flaky.
configure({ asyncUtilTimeout: 15_000 });

/** A small plan: task III.1 complete, III.2 without a lead unit, III.3 without a timing. */
export const PLAN_WITH_GAPS = [
  // The header complete (Quốc hiệu and Tiêu ngữ beside the body, as a header table's row reads), so the gaps are the tasks'.
  'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'XÃ TÂN AN\tĐộc lập - Tự do - Hạnh phúc',
  'Số: 12/KH-UBND',
  'Tân An, ngày 15 tháng 4 năm 2026',
  'KẾ HOẠCH',
  'Phòng, chống thiên tai năm 2026',
  'I. MỤC ĐÍCH, YÊU CẦU',
  'Chủ động phòng ngừa, ứng phó kịp thời.',
  'II. MỤC TIÊU',
  '- 100% thôn có phương án ứng phó thiên tai.',
  'III. NHIỆM VỤ, GIẢI PHÁP',
  '1. Kiện toàn Ban Chỉ huy',
  '- Đơn vị chủ trì: Văn phòng HĐND và UBND xã.',
  '- Thời gian thực hiện: Tháng 5 năm 2026.',
  '2. Rà soát phương án của các thôn',
  '- Thời gian thực hiện: Quý II năm 2026.',
  '3. Tổ chức diễn tập',
  '- Đơn vị chủ trì: Ban Chỉ huy Quân sự xã.',
  'IV. TỔ CHỨC THỰC HIỆN',
  'Các đơn vị báo cáo kết quả về UBND xã trước ngày 15/11/2026.',
  'Nơi nhận:',
  '- Lưu: VT.',
  'TM. ỦY BAN NHÂN DÂN',
  'CHỦ TỊCH',
  'Trần Văn Bình',
];

export function docxHost(lines = PLAN_WITH_GAPS, name = 'ke-hoach.docx'): DocxHost {
  return new DocxHost(textToDocx(lines), name);
}

/** The worker's job, run on the test's thread. */
export const inlineRunner: CheckRunner = async (request, onProgress) => runCheckJob(request, onProgress);

export function renderInPane(ui: ReactNode, language: Language = 'vi') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider language={language}>{ui}</I18nProvider>
    </FluentProvider>,
  );
}

/** localStorage stand-in that two renders can share, as two sessions share the browser's. */
export function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, String(v)),
  };
}

/**
 * A province's plan as a secretary would import it from a file (KH 50/KH-UBND of the fictional
 * tỉnh Tân An), with two tasks; `points` adds points a) and b) under task 1.
 */
export function tanAnPlan({ points = false } = {}): string {
  return [
    'ỦY BAN NHÂN DÂN',
    'TỈNH TÂN AN',
    'Số: 50/KH-UBND',
    'Tân An, ngày 03 tháng 3 năm 2026',
    'KẾ HOẠCH',
    'Chuyển đổi số tỉnh Tân An năm 2026',
    'I. MỤC ĐÍCH, YÊU CẦU',
    'Đẩy mạnh chuyển đổi số.',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Tuyên truyền về chuyển đổi số',
    '- Đơn vị chủ trì: Sở Khoa học và Công nghệ.',
    '- Thời gian thực hiện: Năm 2026.',
    ...(points ? ['a) Tuyên truyền trên báo, đài của tỉnh.', 'b) Tuyên truyền trên mạng xã hội.'] : []),
    '2. Số hóa hồ sơ thủ tục hành chính',
    '- Đơn vị chủ trì: Văn phòng UBND tỉnh.',
    '- Thời gian thực hiện: Quý III năm 2026.',
    'III. TỔ CHỨC THỰC HIỆN',
    'Các sở, ngành báo cáo kết quả trước ngày 15/12/2026.',
  ].join('\n');
}
