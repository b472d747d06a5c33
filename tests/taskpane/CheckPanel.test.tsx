// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { KhInputError } from '../../src/core/errors';
import type { CheckProgress, CheckResult } from '../../src/taskpane/check/checkJob';
import { CheckPanel } from '../../src/taskpane/check/CheckPanel';
import type { CheckRunner } from '../../src/taskpane/check/checkRunner';
import { docxHost, inlineRunner, memoryStorage, PLAN_WITH_GAPS, renderInPane } from './paneFixtures';

afterEach(cleanup);

async function checked(host = docxHost(), runner: CheckRunner = inlineRunner) {
  renderInPane(<CheckPanel host={host} runCheck={runner} />);
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra văn bản' }));
  await screen.findByLabelText('summary');
  return host;
}

const findingButton = (name: RegExp) => screen.getByRole('button', { name });

describe('Kiểm tra panel', () => {
  it('groups findings by rule, with their severity and count', async () => {
    await checked();
    const lead = document.querySelector('section[data-rule="task-lead-missing"]') as HTMLElement;
    const timing = document.querySelector('section[data-rule="task-timing-missing"]') as HTMLElement;
    expect(within(lead).getByText('Lỗi')).toBeTruthy();
    expect(within(lead).getByText('Nhiệm vụ III.2 chưa có đơn vị chủ trì')).toBeTruthy();
    expect(within(timing).getByText('Nhiệm vụ III.3 chưa có thời gian thực hiện')).toBeTruthy();
    expect(screen.getByLabelText('summary').textContent).toMatch(/^2 lỗi/);
  });

  it('selects the paragraph of a finding when it is clicked', async () => {
    const host = await checked();
    fireEvent.click(findingButton(/Nhiệm vụ III\.2 chưa có đơn vị chủ trì/));
    await waitFor(() => expect(host.selectedParagraph).toBe(15));
  });

  it('walks the findings with next and back', async () => {
    const host = await checked();
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp' }));
    await waitFor(() => expect(host.selectedParagraph).toBe(15));
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp' }));
    await waitFor(() => expect(host.selectedParagraph).toBe(17));
    fireEvent.click(screen.getByRole('button', { name: 'Trước' }));
    await waitFor(() => expect(host.selectedParagraph).toBe(15));
    expect(screen.getByText('1/2')).toBeTruthy();
  });

  it('fixes a task with no lead unit by inserting "Đơn vị chủ trì: …" into it, as a tagged field', async () => {
    const host = await checked();
    fireEvent.click(findingButton(/Nhiệm vụ III\.2 chưa có đơn vị chủ trì/));
    fireEvent.change(await screen.findByLabelText('Điền nội dung (để trống: giữ “…”)'), { target: { value: 'Trưởng các thôn' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm dòng "Đơn vị chủ trì"' }));
    await screen.findByText('Đã sửa: Thêm dòng "Đơn vị chủ trì"');
    const paragraphs = (await host.readSnapshot()).paragraphs;
    const added = paragraphs.findIndex((p) => p.text === 'Đơn vị chủ trì: Trưởng các thôn');
    expect(paragraphs[added].tags).toContain('kh:lead');
    // Inside task III.2: after its title, before task III.3.
    expect(added).toBeGreaterThan(paragraphs.findIndex((p) => p.text.startsWith('2. Rà soát')));
    expect(added).toBeLessThan(paragraphs.findIndex((p) => p.text.startsWith('3. Tổ chức')));
    await waitFor(() => expect(document.querySelector('section[data-rule="task-lead-missing"]')).toBeNull());
  });

  it('ignores one finding, then a whole rule, for this document', async () => {
    await checked();
    fireEvent.click(findingButton(/Nhiệm vụ III\.2 chưa có đơn vị chủ trì/));
    fireEvent.click(await screen.findByRole('button', { name: 'Bỏ qua' }));
    await waitFor(() => expect(document.querySelector('section[data-rule="task-lead-missing"]')).toBeNull());
    expect(screen.getByText('Đã bỏ qua 1 phát hiện')).toBeTruthy();
    const timing = document.querySelector('section[data-rule="task-timing-missing"]') as HTMLElement;
    fireEvent.click(within(timing).getByRole('button', { name: 'Bỏ qua quy tắc này' }));
    await waitFor(() => expect(document.querySelector('section[data-rule="task-timing-missing"]')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Hiện lại' }));
    await waitFor(() => expect(document.querySelector('section[data-rule="task-lead-missing"]')).not.toBeNull());
  });

  it('shows progress while a long check runs', async () => {
    let report: (p: CheckProgress) => void = () => {};
    let finish: (r: CheckResult) => void = () => {};
    const slow: CheckRunner = (_req, onProgress) => {
      report = onProgress;
      return new Promise((resolve) => (finish = resolve));
    };
    renderInPane(<CheckPanel host={docxHost()} runCheck={slow} />);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra văn bản' }));
    await waitFor(() => expect(report).not.toBe(undefined));
    await act(async () => report({ stage: 'check', done: 7, total: 20 }));
    expect(await screen.findByText('Đang kiểm tra (7/20 quy tắc)…')).toBeTruthy();
    await act(async () => finish({ findings: [], rules: {}, paragraphs: 3 }));
    expect(await screen.findByText(/Không có phát hiện nào/)).toBeTruthy();
  });

  it('says what is wrong with the document in one Vietnamese sentence', async () => {
    const failing: CheckRunner = async () => {
      throw new KhInputError('hong.docx', 'tệp không phải .docx hợp lệ (không giải nén được)');
    };
    renderInPane(<CheckPanel host={docxHost()} runCheck={failing} />);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra văn bản' }));
    expect(await screen.findByText('hong.docx: tệp không phải .docx hợp lệ (không giải nén được)')).toBeTruthy();
  });
});

describe('Kiểm tra panel: ignored findings', () => {
  it('remembers an ignored finding for this document in the next session, and only for it', async () => {
    const storage = memoryStorage();
    renderInPane(<CheckPanel host={docxHost()} runCheck={inlineRunner} storage={storage} />);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra văn bản' }));
    fireEvent.click(await screen.findByRole('button', { name: /Nhiệm vụ III\.2 chưa có đơn vị chủ trì/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Bỏ qua' }));
    await waitFor(() => expect(document.querySelector('section[data-rule="task-lead-missing"]')).toBeNull());
    cleanup();

    renderInPane(<CheckPanel host={docxHost()} runCheck={inlineRunner} storage={storage} />);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra văn bản' }));
    await screen.findByLabelText('summary');
    expect(document.querySelector('section[data-rule="task-lead-missing"]')).toBeNull();
    expect(screen.getByText('Đã bỏ qua 1 phát hiện')).toBeTruthy();
    cleanup();

    const other = docxHost(['ỦY BAN NHÂN DÂN', 'XÃ KHÁC', ...PLAN_WITH_GAPS.slice(2)], 'ke-hoach-khac.docx');
    renderInPane(<CheckPanel host={other} runCheck={inlineRunner} storage={storage} />);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra văn bản' }));
    await screen.findByLabelText('summary');
    expect(document.querySelector('section[data-rule="task-lead-missing"]')).not.toBeNull();
  });
});
