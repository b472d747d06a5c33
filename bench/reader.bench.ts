/**
 * How long reading a large plan takes: a synthetic plan with 5,000 labelled tasks (500 items of
 * ten points each), read from bytes to Plan, best of several runs. Not a test: the figure is
 * reported, not asserted (`npm run bench -- reader`, or `npx tsx bench/reader.bench.ts [tasks]`).
 */
import { readPlan } from '../src/core/plan/readPlan';
import { readPlainText } from '../src/core/text/readPlainText';

const tasks = Number(process.argv[2] ?? 5000);
const lines = [
  'ỦY BAN NHÂN DÂN', 'TỈNH THỬ NGHIỆM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
  'Số: 999/KH-UBND', 'Thử Nghiệm, ngày 01 tháng 6 năm 2026', 'KẾ HOẠCH', 'Kế hoạch rất dài giai đoạn 2026-2030',
  'Căn cứ Quyết định số 2282/QĐ-TTg ngày 31/12/2020 của Thủ tướng Chính phủ;',
  'I. MỤC ĐÍCH, YÊU CẦU', 'Bảo đảm hiệu quả.', 'II. MỤC TIÊU', '- Đạt 75% cơ quan có lãnh đạo chủ chốt là nữ vào năm 2030.', 'III. NHIỆM VỤ, GIẢI PHÁP',
];
const points = 'abcdeghiklmnopqrstuvxy';
for (let n = 0; n < tasks; n++) {
  const item = Math.floor(n / 10) + 1;
  if (n % 10 === 0) lines.push(`${item}. Nhóm nhiệm vụ số ${item} về cải cách hành chính và chuyển đổi số`);
  lines.push(`${points[n % 10]}) Nhiệm vụ ${n + 1}: rà soát, cập nhật quy trình nội bộ của các cơ quan, đơn vị`);
  if (n % 97 !== 0) lines.push('- Cơ quan chủ trì: Sở Nội vụ; Cơ quan phối hợp: các sở, ngành, UBND các xã, phường.');
  lines.push('- Thời gian thực hiện: Quý IV năm 2026 và các năm tiếp theo.');
}
lines.push('IV. TỔ CHỨC THỰC HIỆN', 'Các sở, ngành báo cáo kết quả về Sở Nội vụ trước ngày 30/11 hằng năm.', 'Nơi nhận:', '- Bộ Nội vụ;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn A');
const bytes = new TextEncoder().encode(lines.join('\n'));

let best = Infinity;
let count = 0;
for (let run = 0; run < 7; run++) {
  const t0 = performance.now();
  const plan = readPlan(readPlainText(bytes, 'lon.txt'));
  best = Math.min(best, performance.now() - t0);
  count = plan.tasks.length;
}
console.log(`${count} nhiệm vụ, ${lines.length} dòng, ${(bytes.length / 1024).toFixed(0)} KB: đọc trong ${best.toFixed(1)} ms (tốt nhất trong 7 lần)`);
