import { describe, expect, it } from 'vitest';
import { planWithBody, readFixture, readText } from './support';

describe('targets and period', () => {
  it('reads "Chỉ tiêu 1: … đạt 50% vào năm 2030" and "Đạt 90% …" under the year of their lead-in', () => {
    const plan = readFixture('so-tu-phap-per-task.txt');
    expect(plan.targets.map((t) => [t.value, t.unit, t.year, t.paragraph])).toEqual([[50, '%', 2030, 26], [90, '%', 2030, 27]]);
    expect(plan.targets[0].text).toBe('Chỉ tiêu 1: Tỷ lệ nữ trong diện quy hoạch lãnh đạo cấp phòng đạt 50% vào năm 2030');
  });

  it('gives a target without a year the year its lead-in names', () => {
    const plan = readText(planWithBody('II. MỤC TIÊU\nPhấn đấu thực hiện các mục tiêu cụ thể đến năm 2030 như sau:\n- Đạt 65% chính quyền địa phương xã có lãnh đạo chủ chốt là nữ.\n- Tỷ lệ cán bộ nữ trong diện quy hoạch đạt 50%.'));
    expect(plan.targets.map((t) => [t.value, t.year])).toEqual([[65, 2030], [50, 2030]]);
  });

  it('gives a target the year named before its value, not that of the starting point after it', () => {
    const plan = readText(planWithBody('II. MỤC TIÊU\n- Chỉ tiêu 1: Đến năm 2030, tỷ lệ cán bộ nữ trong diện quy hoạch đạt 50% (năm 2025 đạt 38%).'));
    expect(plan.targets.map((t) => [t.value, t.year])).toEqual([[50, 2030]]);
  });

  it('reads decimal commas and each year-stamped target', () => {
    const plan = readText(planWithBody('II. MỤC TIÊU\na) Đến hết năm 2026: có 30,5% hộ kinh doanh dùng hóa đơn điện tử.\nb) Đến hết năm 2030: 100% hộ kinh doanh.'));
    expect(plan.targets.map((t) => [t.value, t.year])).toEqual([[30.5, 2026], [100, 2030]]);
  });

  it('reads targets under a "Các chỉ tiêu cụ thể" item of another section', () => {
    const plan = readText(planWithBody('II. PHẠM VI\n1. Các chỉ tiêu cụ thể đến năm 2030\na) Trên 80% xã, phường không có ma túy.\n2. Đối tượng\nNgười dân trên 18 tuổi, 100% hộ gia đình.'));
    expect(plan.targets.map((t) => [t.value, t.year])).toEqual([[80, 2030]]);
  });

  it('reads the period from the title, else from the body', () => {
    expect(readFixture('so-tu-phap-per-task.txt').period).toEqual({ from: 2026, to: 2030 });
    expect(readText(planWithBody('II. PHẠM VI\nThời gian thực hiện: Từ năm 2025 đến hết năm 2030.')).period).toEqual({ from: 2025, to: 2030 });
    expect(readFixture('xa-none-style.txt').period).toBeNull();
  });
});

describe('the period is the plan\'s own', () => {
  it('does not take the giai đoạn of a document the body cites', () => {
    const plan = readText(planWithBody('II. NỘI DUNG\nThực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030, năm 2026 tập trung tuyên truyền.\n- Thời gian thực hiện: Từ năm 2026 đến năm 2027.'));
    expect(plan.period).toBeNull();
  });

  it('reads the closing "Trên đây là Kế hoạch … giai đoạn …"', () => {
    const plan = readText(planWithBody('II. TỔ CHỨC THỰC HIỆN\nTrên đây là Kế hoạch thực hiện Chương trình giai đoạn 2026 - 2030 của UBND xã./.'));
    expect(plan.period).toEqual({ from: 2026, to: 2030 });
  });
});
