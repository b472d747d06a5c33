// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import DraftPanel from '../../src/taskpane/draft/DraftPanel';
import { PROFILE_KEY } from '../../src/taskpane/draft/startingForm';
import { catalogPlans } from '../../src/core/catalog/builtIn';
import { docxHost, memoryStorage, PLAN_WITH_GAPS, renderInPane, tanAnPlan } from './paneFixtures';

afterEach(cleanup);

const ONLY_TASKS = ['Phần đầu (quốc hiệu, số, ngày)', 'Căn cứ', 'I. Mục đích, yêu cầu', 'II. Mục tiêu', 'IV. Kinh phí', 'V. Tổ chức thực hiện', 'Chế độ báo cáo', 'Nơi nhận và chữ ký'];

function field(label: string): HTMLInputElement {
  return screen.getByLabelText(label, { exact: false, selector: 'input, textarea, select' }) as HTMLInputElement;
}

describe('Soạn thảo panel', () => {
  it('starts from the parent plan in the catalog and its example form', () => {
    renderInPane(<DraftPanel host={docxHost()} storage={memoryStorage()} />);
    expect((screen.getByRole('combobox', { name: /Chọn kế hoạch cấp trên/ }) as HTMLSelectElement).value).toMatch(/^kh-/);
    expect(field('Cơ quan ban hành').value).not.toBe('');
  });

  it('marks a required field left empty and inserts nothing', async () => {
    const host = docxHost();
    const before = (await host.readSnapshot()).paragraphs.length;
    renderInPane(<DraftPanel host={host} storage={memoryStorage()} />);
    fireEvent.change(field('Trích yếu'), { target: { value: '' } });
    fireEvent.click(screen.getByTestId('insert-draft'));
    expect((await screen.findByTestId('missing-fields')).textContent).toMatch(/^Còn thiếu: Trích yếu/);
    expect((await host.readSnapshot()).paragraphs.length).toBe(before);
  });

  it('offers the place where section III fits when the cursor is elsewhere, and inserts it there', async () => {
    // Sections I, II and IV: III belongs after II.
    const host = docxHost(PLAN_WITH_GAPS.filter((_, i) => i < 10 || i >= 18));
    await host.selectParagraph(8);
    renderInPane(<DraftPanel host={host} storage={memoryStorage()} />);
    for (const label of ONLY_TASKS) fireEvent.click(screen.getByRole('checkbox', { name: label }));
    fireEvent.click(screen.getByTestId('insert-draft'));
    const confirm = await screen.findByTestId('insert-confirm');
    expect(within(confirm).getByRole('radio', { name: 'Sau đoạn 10 (đúng thứ tự mục)' })).toHaveProperty('checked', true);
    expect((await host.readSnapshot()).paragraphs).toHaveLength(17);
    fireEvent.click(within(confirm).getByTestId('confirm-insert'));
    expect((await screen.findByTestId('notice-success')).textContent).toMatch(/^Đã chèn \d+ đoạn/);
    const texts = (await host.readSnapshot()).paragraphs.map((p) => p.text);
    expect(texts[10]).toMatch(/^III\. NHIỆM VỤ/);
    expect(texts.findIndex((t) => t.startsWith('IV.'))).toBeGreaterThan(10);
  });

  it('never links a parent plan silently: it asks, and links only when the box stays ticked', async () => {
    const host = docxHost();
    renderInPane(<DraftPanel host={host} storage={memoryStorage()} />);
    for (const label of [...ONLY_TASKS, 'III. Nhiệm vụ, giải pháp']) fireEvent.click(screen.getByRole('checkbox', { name: label }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Chế độ báo cáo' }));
    fireEvent.click(screen.getByTestId('insert-draft'));
    const confirm = await screen.findByTestId('insert-confirm');
    const box = within(confirm).getByRole('checkbox', { name: /^Liên kết văn bản với / });
    expect(box).toHaveProperty('checked', true);
    fireEvent.click(box);
    fireEvent.click(within(confirm).getByTestId('confirm-insert'));
    expect((await screen.findByTestId('notice-success')).textContent).toMatch(/^Đã chèn \d+ đoạn\.$/);
    expect(await host.readParentLink()).toBeNull();
  });

  it('says a section is already in the document instead of numbering it twice', async () => {
    const host = docxHost();
    await host.selectParagraph(6);
    renderInPane(<DraftPanel host={host} storage={memoryStorage()} />);
    for (const label of ONLY_TASKS) fireEvent.click(screen.getByRole('checkbox', { name: label }));
    fireEvent.click(screen.getByTestId('insert-draft'));
    const confirm = await screen.findByTestId('insert-confirm');
    expect(confirm.textContent).toContain('Văn bản đã có mục III');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByTestId('insert-confirm')).toBeNull());
    expect((await host.readSnapshot()).paragraphs).toHaveLength(PLAN_WITH_GAPS.length);
  });

  it('preselects the parent plan the document cites, when the catalog has it', async () => {
    const catalog = catalogPlans();
    const other = catalog.find((p) => !p.parent) ?? catalog[catalog.length - 1];
    const lines = [...PLAN_WITH_GAPS.slice(0, 6), `Thực hiện ${other.kind === 'QĐ' ? 'Quyết định' : 'Kế hoạch'} số ${other.number} ngày 01/01/2026 của ${other.issuer};`, ...PLAN_WITH_GAPS.slice(6)];
    renderInPane(<DraftPanel host={docxHost(lines)} storage={memoryStorage()} />);
    await waitFor(() => expect((screen.getByRole('combobox', { name: /Chọn kế hoạch cấp trên/ }) as HTMLSelectElement).value).toBe(other.id));
  });

  it('takes back "Còn thiếu" as soon as the field is filled', async () => {
    renderInPane(<DraftPanel host={docxHost()} storage={memoryStorage()} />);
    fireEvent.change(field('Trích yếu'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    expect((await screen.findByTestId('missing-fields')).textContent).toContain('Trích yếu');
    fireEvent.change(field('Trích yếu'), { target: { value: 'Phòng, chống thiên tai năm 2026' } });
    await waitFor(() => expect(screen.queryByTestId('missing-fields')).toBeNull());
  });

  it('shows a preview of what it will insert', async () => {
    renderInPane(<DraftPanel host={docxHost()} storage={memoryStorage()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    const preview = await screen.findByRole('region', { name: 'Xem trước' });
    expect(preview.textContent).toContain('KẾ HOẠCH');
    expect(preview.textContent).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('takes the issue date as dd/mm/yyyy and writes it the Vietnamese way', async () => {
    renderInPane(<DraftPanel host={docxHost()} storage={memoryStorage()} />);
    expect(field('Ngày ban hành').value).toMatch(/^\d{2}\/\d{2}\/\d{4}$|^\d{2}\/\d{4}$/);
    fireEvent.change(field('Ngày ban hành'), { target: { value: '05/06/2026' } });
    expect(await screen.findByText('Sẽ viết: ngày 5 tháng 6 năm 2026')).toBeTruthy();
  });

  it('leaves the day blank for a draft when only month and year are given', async () => {
    renderInPane(<DraftPanel host={docxHost()} storage={memoryStorage()} />);
    // From a full date back to a blank day: the month and year alone.
    fireEvent.change(field('Ngày ban hành'), { target: { value: '05/06/2026' } });
    expect(await screen.findByText('Sẽ viết: ngày 5 tháng 6 năm 2026')).toBeTruthy();
    fireEvent.change(field('Ngày ban hành'), { target: { value: '6/2026' } });
    expect(await screen.findByText(/^Sẽ viết: ngày\s+tháng 6 năm 2026$/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    const preview = await screen.findByRole('region', { name: 'Xem trước' });
    expect(preview.textContent).toMatch(/ngày\s+tháng 6 năm 2026/);
  });

  it('remembers the unit profile for the next session', async () => {
    const storage = memoryStorage();
    renderInPane(<DraftPanel host={docxHost()} storage={storage} />);
    fireEvent.change(field('Họ và tên người ký'), { target: { value: 'Lê Thị Hoa' } });
    await waitFor(() => expect(storage.getItem(PROFILE_KEY)).toContain('Lê Thị Hoa'));
    cleanup();
    renderInPane(<DraftPanel host={docxHost()} storage={storage} />);
    expect(field('Họ và tên người ký').value).toBe('Lê Thị Hoa');
  });

  it('offers only units that can lead as lead units', () => {
    renderInPane(<DraftPanel host={docxHost()} storage={memoryStorage()} />);
    const lead = screen.getAllByRole('combobox', { name: /Đơn vị chủ trì/ })[0] as HTMLSelectElement;
    const names = Array.from(lead.options).map((o) => o.textContent);
    expect(names.length).toBeGreaterThan(2);
    expect(names.some((n) => /Mặt trận|Hội Liên hiệp Phụ nữ/.test(n ?? ''))).toBe(false);
  });
});

describe('Soạn thảo panel: targets', () => {
  it('asks for the unit’s value of each parent indicator, showing the parent’s, and drafts with it', async () => {
    renderInPane(<DraftPanel host={docxHost()} storage={memoryStorage()} />);
    expect(within(screen.getByTestId('target-nu-quy-hoach')).getByText('Cấp trên: 50% đến năm 2030')).toBeTruthy();
    fireEvent.change(screen.getByTestId('field-targets.nu-quy-hoach.value'), { target: { value: '87' } });
    fireEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    const preview = await screen.findByRole('region', { name: 'Xem trước' });
    expect(preview.textContent).toContain('87%');
  });
});

describe('Soạn thảo panel: a parent imported from a file', () => {
  const PARENT = tanAnPlan();

  it('shows what it read and uses it only once confirmed', async () => {
    renderInPane(<DraftPanel host={docxHost()} storage={memoryStorage()} />);
    const input = document.querySelector('[data-testid="import-parent"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([PARENT], 'kh-50-tan-an.txt', { type: 'text/plain' })] } });
    const read = await screen.findByRole('region', { name: 'Đã đọc từ tệp: kiểm tra trước khi dùng' });
    expect(read.textContent).toContain('50/KH-UBND');
    expect(read.textContent).toContain('2 nhiệm vụ');
    expect((screen.getByRole('combobox', { name: /Chọn kế hoạch cấp trên/ }) as HTMLSelectElement).value).toMatch(/^kh-/);
    fireEvent.click(screen.getByRole('button', { name: 'Dùng kế hoạch này' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Đã đọc từ tệp: kiểm tra trước khi dùng' })).toBeNull());
    expect(document.querySelectorAll('[data-task]').length).toBe(2);
    expect(within(screen.getByTestId('task-1')).getByText(/^1\. Tuyên truyền về chuyển đổi số/)).toBeTruthy();
  });

  it('names what it could not read in Vietnamese, not by the data’s field names', async () => {
    renderInPane(<DraftPanel host={docxHost()} storage={memoryStorage()} />);
    const input = document.querySelector('[data-testid="import-parent"]') as HTMLInputElement;
    const bare = PARENT.split('\n').filter((l) => !/^Số:|^Tân An, ngày/.test(l)).join('\n');
    fireEvent.change(input, { target: { files: [new File([bare], 'kh-khong-so.txt', { type: 'text/plain' })] } });
    const read = await screen.findByRole('region', { name: 'Đã đọc từ tệp: kiểm tra trước khi dùng' });
    expect(read.textContent).toMatch(/Chưa đọc được: số, [^.]*ngày/);
    expect(read.textContent).not.toMatch(/\b(number|date|issuer|parent)\b/);
  });
});
