/**
 * How long each rule takes on a large synthetic plan (default 5,000 labelled tasks), and how the
 * whole check scales when the plan doubles: linear means about twice the time.
 *
 *   npm run bench -- checks   (or: npx tsx bench/checks.bench.ts [tasks])
 */
import { performance } from 'node:perf_hooks';
import { paragraphsFromText } from '../src/core/text/readPlainText';
import { readPlan } from '../src/core/plan/readPlan';
import { checkPlan } from '../src/core/checks/engine';
import { rules } from '../src/core/checks/registry';

const tasks = Number(process.argv[2] ?? 5000);

function syntheticPlan(n: number): string {
  const lines = [
    'ỦY BAN NHÂN DÂN', 'XÃ MINH HÒA', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
    'Số: 45/KH-UBND', 'Minh Hòa, ngày 05 tháng 3 năm 2026', 'KẾ HOẠCH', 'Thực hiện nhiệm vụ năm 2026 giai đoạn 2026-2030',
    'Thực hiện Kế hoạch số 88/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân xã ban hành Kế hoạch như sau:',
    'I. MỤC ĐÍCH, YÊU CẦU', 'Bảo đảm thực hiện đầy đủ các nhiệm vụ.', 'II. MỤC TIÊU', '- Đến năm 2030, 100% thôn có tủ sách cộng đồng.', 'III. NHIỆM VỤ, GIẢI PHÁP',
  ];
  // Khoản 1.–N. with sub-khoản k.1.–k.70.: two-digit numbers, as real plans have (the reader
  // takes no "100."), so up to 99 × 99 tasks: a larger plan widens the khoản instead.
  const perKhoan = Math.min(99, Math.max(70, Math.ceil(n / 99)));
  for (let k = 1, i = 0; i < n; k++) {
    lines.push(`${k}. Nhóm nhiệm vụ số ${k}`);
    for (let j = 1; j <= perKhoan && i < n; j++, i++) {
      lines.push(`${k}.${j}. Tổ chức tuyên truyền, hướng dẫn, kiểm tra việc thực hiện nội dung ${k}.${j}`);
      lines.push('Triển khai đến các thôn, tổ dân phố, trường học trên địa bàn xã; báo cáo kết quả khi có yêu cầu.');
      if (i % 7 !== 6) lines.push('Đơn vị chủ trì: Phòng Văn hóa - Xã hội.');
      lines.push('Đơn vị phối hợp: Các thôn.');
      if (i % 11 !== 10) lines.push('Thời gian thực hiện: Thường xuyên.');
    }
  }
  lines.push('IV. TỔ CHỨC THỰC HIỆN', '1. Các cơ quan báo cáo kết quả về Ủy ban nhân dân xã trước ngày 25/11 hằng năm.', 'Nơi nhận:', '- Lưu: VT, VHXH.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Lê Văn A');
  return lines.join('\n');
}

function measure(n: number) {
  const text = syntheticPlan(n);
  const t0 = performance.now();
  const snapshot = paragraphsFromText(text, 'bench.txt');
  const plan = readPlan(snapshot);
  const t1 = performance.now();
  const findings = checkPlan({ snapshot, plan, parent: null });
  const t2 = performance.now();
  return { paragraphs: snapshot.paragraphs.length, tasks: plan.tasks.length, findings: findings.length, read: t1 - t0, check: t2 - t1, snapshot, plan };
}

measure(200); // warm-up
const one = measure(tasks);
const two = measure(tasks * 2);
console.log(`${one.tasks} nhiệm vụ, ${one.paragraphs} đoạn: đọc ${one.read.toFixed(0)} ms, kiểm tra ${one.check.toFixed(0)} ms, ${one.findings} phát hiện`);
console.log(`${two.tasks} nhiệm vụ, ${two.paragraphs} đoạn: đọc ${two.read.toFixed(0)} ms, kiểm tra ${two.check.toFixed(0)} ms (×${(two.check / one.check).toFixed(2)} khi gấp đôi)`);
console.log('\nTừng quy tắc (kế hoạch nhỏ hơn):');
for (const rule of rules) {
  const t = performance.now();
  const hits = rule.check({ snapshot: one.snapshot, plan: one.plan, parent: null });
  console.log(`  ${rule.id.padEnd(30)} ${(performance.now() - t).toFixed(1).padStart(7)} ms  ${hits.length} phát hiện`);
}
