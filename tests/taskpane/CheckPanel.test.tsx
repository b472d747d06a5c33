// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { afterEach, describe, expect, it } from 'vitest';
import { KhInputError } from '../../src/core/errors';
import type { CheckProgress, CheckResult } from '../../src/taskpane/check/checkJob';
import { CheckPanel } from '../../src/taskpane/check/CheckPanel';
import type { CheckRunner } from '../../src/taskpane/check/checkRunner';
import { I18nProvider } from '../../src/taskpane/i18n';
import { docxHost, inlineRunner, memoryStorage, PLAN_WITH_GAPS, renderInPane } from './paneFixtures';

afterEach(cleanup);

async function checked(host = docxHost(), runner: CheckRunner = inlineRunner) {
  renderInPane(<CheckPanel host={host} runCheck={runner} />);
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra văn bản' }));
  await screen.findByTestId('check-summary');
  return host;
}

/** The listed finding of a rule at a paragraph: found by what it is, not by the rule's wording. */
const finding = (rule: string, paragraph: number) => {
  const group = document.querySelector(`section[data-rule="${rule}"]`) as HTMLElement;
  return within(group).getAllByTestId('finding').find((b) => b.dataset.paragraph === String(paragraph))!;
};
const group = (rule: string) => document.querySelector(`section[data-rule="${rule}"]`) as HTMLElement | null;

describe('Kiểm tra panel', () => {
  it('groups findings by rule, with their severity and count', async () => {
    await checked();
    expect(within(group('task-lead-missing')!).getByText('Lỗi')).toBeTruthy();
    expect(within(group('task-lead-missing')!).getAllByTestId('finding').map((b) => b.dataset.paragraph)).toEqual(['15']);
    expect(within(group('task-timing-missing')!).getAllByTestId('finding').map((b) => b.dataset.paragraph)).toEqual(['17']);
    expect(finding('task-lead-missing', 15).textContent).toContain('III.2');
    expect(screen.getByTestId('check-summary').textContent).toMatch(/^2 lỗi/);
    // Its accessible name is Vietnamese, as the rest of the pane.
    expect(screen.getByRole('status', { name: 'Tóm tắt kết quả kiểm tra' })).toBeTruthy();
  });

  it('selects the paragraph of a finding when it is clicked', async () => {
    const host = await checked();
    fireEvent.click(finding('task-lead-missing', 15));
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
    fireEvent.click(finding('task-lead-missing', 15));
    fireEvent.change(await screen.findByTestId('fix-value'), { target: { value: 'Trưởng các thôn' } });
    // One kind of quote in the pane: the rule's label is shown with curly ones, as the pane's own words.
    expect(screen.getByTestId('apply-fix').textContent).not.toContain('"');
    fireEvent.click(screen.getByTestId('apply-fix'));
    expect((await screen.findByTestId('notice-success')).textContent).toMatch(/^Đã sửa: [^"]*$/);
    const paragraphs = (await host.readSnapshot()).paragraphs;
    const added = paragraphs.findIndex((p) => p.text === 'Đơn vị chủ trì: Trưởng các thôn');
    expect(paragraphs[added].tags).toContain('kh:lead');
    // Inside task III.2: after its title, before task III.3.
    expect(added).toBeGreaterThan(paragraphs.findIndex((p) => p.text.startsWith('2. Rà soát')));
    expect(added).toBeLessThan(paragraphs.findIndex((p) => p.text.startsWith('3. Tổ chức')));
    await waitFor(() => expect(group('task-lead-missing')).toBeNull());
  });

  it('says what it fixed until the next action, in the language shown', async () => {
    const host = docxHost();
    const view = renderInPane(<CheckPanel host={host} runCheck={inlineRunner} />);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra văn bản' }));
    await screen.findByTestId('check-summary');
    fireEvent.click(finding('task-lead-missing', 15));
    fireEvent.change(await screen.findByTestId('fix-value'), { target: { value: 'Trưởng các thôn' } });
    fireEvent.click(screen.getByTestId('apply-fix'));
    await screen.findByTestId('notice-success');
    await waitFor(() => expect(group('task-lead-missing')).toBeNull());
    view.rerender(
      <FluentProvider theme={webLightTheme}>
        <I18nProvider language="en"><CheckPanel host={host} runCheck={inlineRunner} /></I18nProvider>
      </FluentProvider>,
    );
    expect(screen.getByTestId('notice-success').textContent).toMatch(/^Fixed: /);
    fireEvent.click(within(group('task-timing-missing')!).getAllByTestId('finding')[0]);
    await waitFor(() => expect(screen.queryByTestId('notice-success')).toBeNull());
  });

  it('ignores one finding, then a whole rule, for this document', async () => {
    await checked();
    fireEvent.click(finding('task-lead-missing', 15));
    fireEvent.click(await screen.findByRole('button', { name: 'Bỏ qua' }));
    await waitFor(() => expect(group('task-lead-missing')).toBeNull());
    expect(screen.getByTestId('ignored-count').textContent).toBe('Đã bỏ qua 1 phát hiện');
    fireEvent.click(within(group('task-timing-missing')!).getByRole('button', { name: 'Bỏ qua quy tắc này' }));
    await waitFor(() => expect(group('task-timing-missing')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Hiện lại' }));
    await waitFor(() => expect(group('task-lead-missing')).not.toBeNull());
  });

  it('counts the findings it hides, not the entries of the ignore list', async () => {
    // Two tasks without a lead unit: ignoring the rule hides two findings with one entry.
    const lines = PLAN_WITH_GAPS.filter((l) => l !== '- Đơn vị chủ trì: Ban Chỉ huy Quân sự xã.');
    await checked(docxHost(lines));
    expect(within(group('task-lead-missing')!).getAllByTestId('finding')).toHaveLength(2);
    fireEvent.click(within(group('task-lead-missing')!).getByRole('button', { name: 'Bỏ qua quy tắc này' }));
    await waitFor(() => expect(group('task-lead-missing')).toBeNull());
    expect(screen.getByTestId('ignored-count').textContent).toBe('Đã bỏ qua 2 phát hiện');
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
    await act(async () => finish({ findings: [], rules: {}, paragraphs: 3, ignored: 0 }));
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
    await screen.findByTestId('check-summary');
    fireEvent.click(finding('task-lead-missing', 15));
    fireEvent.click(await screen.findByRole('button', { name: 'Bỏ qua' }));
    await waitFor(() => expect(group('task-lead-missing')).toBeNull());
    cleanup();

    renderInPane(<CheckPanel host={docxHost()} runCheck={inlineRunner} storage={storage} />);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra văn bản' }));
    await screen.findByTestId('check-summary');
    expect(group('task-lead-missing')).toBeNull();
    expect(screen.getByTestId('ignored-count').textContent).toBe('Đã bỏ qua 1 phát hiện');
    cleanup();

    const other = docxHost(['ỦY BAN NHÂN DÂN', 'XÃ KHÁC', ...PLAN_WITH_GAPS.slice(2)], 'ke-hoach-khac.docx');
    renderInPane(<CheckPanel host={other} runCheck={inlineRunner} storage={storage} />);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra văn bản' }));
    await screen.findByTestId('check-summary');
    expect(group('task-lead-missing')).not.toBeNull();
  });
});
