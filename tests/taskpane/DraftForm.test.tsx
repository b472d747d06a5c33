// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { parse, stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_IN_STORE } from '../../src/core/catalog/builtIn';
import { catalogPlan } from '../../src/core/catalog/store';
import { draftPlan } from '../../src/core/templates/draftPlan';
import { parseFormDeclaration } from '../../src/core/templates/formDeclaration';
import DraftPanel from '../../src/taskpane/draft/DraftPanel';
import { CatalogProvider } from '../../src/taskpane/catalog/CatalogContext';
import { PLAN_FILES, UNIT_FILES } from '../../src/core/catalog/generated/catalog';
import type { CatalogFetch } from '../../src/core/templates/publishedCatalog';
import { previewLines } from '../../src/taskpane/draft/previewText';
import { docxHost, memoryStorage, renderInPane, tanAnPlan } from './paneFixtures';

afterEach(cleanup);

import DECLARATION_TEXT from '../../templates/form.yaml?raw';
import EXAMPLE from '../../examples/xa-dong-viet.yaml?raw';

const PARENT_WITH_POINTS = tanAnPlan({ points: true });

/** The shipped provincial plan with four points under task 2, published as an organisation's catalog. */
function publishedWithPoints(): CatalogFetch {
  const points = ['a', 'b', 'c', 'd'].map((l) => `  - code: 2.${l}\n    title: Điểm ${l} của nhiệm vụ 2\n`).join('');
  const plan = PLAN_FILES['kh-163-ubnd-bac-ninh'].replace('  - code: "3"\n', `${points}  - code: "3"\n`);
  const index = { format: 'soan-kh-catalog/1', publisher: 'Sở Nội vụ tỉnh Thử', plans: { 'kh-163-ubnd-bac-ninh': 'plans/kh-163.yaml', 'qd-2282-ttg': 'plans/qd-2282.yaml' }, units: { xa: 'units/xa.yaml' } };
  return { kind: 'fetched', catalog: { indexFile: '/catalog/index.json', indexText: JSON.stringify(index), files: { 'plans/kh-163.yaml': plan, 'plans/qd-2282.yaml': PLAN_FILES['qd-2282-ttg'], 'units/xa.yaml': UNIT_FILES.xa } } };
}

const byId = (id: string) => screen.getByTestId(id) as HTMLInputElement;
const type = (id: string, value: string) => fireEvent.change(byId(id), { target: { value } });
const choose = (task: string, name: RegExp) => fireEvent.click(within(screen.getByTestId(task)).getByRole('radio', { name }));
const missingBar = () => screen.queryByTestId('missing-fields');
const preview = async () => {
  fireEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
  return screen.findByRole('region', { name: 'Xem trước' });
};

describe('the Soạn thảo form is drawn from the declared fields', () => {
  it('shows a field a maintainer adds to the declaration, with its label, required mark and "Còn thiếu"', async () => {
    // A maintainer's new field: the form's data only, no pane code.
    const added = DECLARATION_TEXT.replace(
      '  - id: closing\n',
      '  - id: funding\n    label: { vi: "Kinh phí dự kiến", en: "Expected funding" }\n    fields:\n      - { path: fields.kinhPhiDuKien, input: text, required: true, label: { vi: "Tổng kinh phí dự kiến", en: "Total expected funding" } }\n  - id: closing\n',
    );
    renderInPane(<DraftPanel host={docxHost()} storage={memoryStorage()} declaration={parseFormDeclaration(added)} />);
    const input = screen.getByLabelText(/Tổng kinh phí dự kiến/) as HTMLInputElement;
    expect(input).toBe(byId('field-fields.kinhPhiDuKien'));
    expect(within(screen.getByTestId('group-funding')).getByText('Kinh phí dự kiến')).toBeTruthy();
    expect(input.required).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    expect((await screen.findByTestId('missing-fields')).textContent).toBe('Còn thiếu: Tổng kinh phí dự kiến');
    type('field-fields.kinhPhiDuKien', '120 triệu đồng');
    await waitFor(() => expect(missingBar()).toBeNull());
    expect((await preview()).textContent).toContain('KẾ HOẠCH');
  });

  it('marks as required only the fields the declaration requires', () => {
    renderInPane(<DraftPanel host={docxHost()} storage={memoryStorage()} />);
    const declaration = parseFormDeclaration(DECLARATION_TEXT);
    for (const f of declaration.groups.flatMap((g) => g.fields)) {
      // The period is required by what the parent and the form say of it (tested with an imported parent below).
      if (f.input === 'lines' || f.input === 'units' || f.path.startsWith('period.')) continue;
      expect(byId(`field-${f.path}`).required, f.path).toBe(f.required);
    }
    // A task's timing is not required where the parent gives one; its lead is.
    expect(byId('field-tasks.1.lead').required).toBe(true);
    expect(byId('field-tasks.1.timing').required).toBe(false);
  });
});

describe('deciding the parent’s tasks', () => {
  it('offers the parent’s tasks, never a sub-task (1.a) as a task of its own, and previews', async () => {
    renderInPane(<DraftPanel host={docxHost()} storage={memoryStorage()} />);
    const file = new File([PARENT_WITH_POINTS], 'kh-50-tan-an.txt', { type: 'text/plain' });
    fireEvent.change(document.querySelector('[data-testid="import-parent"]') as HTMLInputElement, { target: { files: [file] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Dùng kế hoạch này' }));
    await waitFor(() => expect([...document.querySelectorAll('[data-task]')].map((e) => e.getAttribute('data-task'))).toEqual(['1', '2']));
    expect(screen.queryByTestId('field-tasks.1.a.lead')).toBeNull();
    expect(within(screen.getByRole('list', { name: 'Các điểm của nhiệm vụ 1' })).getAllByRole('listitem')).toHaveLength(2);
    type('field-tasks.1.lead', 'van-hoa-xa-hoi');
    type('field-tasks.2.lead', 'van-phong');
    // The parent read from the file gives no period: the form asks for it, in its own words.
    expect(byId('field-period.from').required).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    expect((await screen.findByTestId('missing-fields')).textContent).toMatch(/^Còn thiếu: Giai đoạn từ năm[^,]*, Đến năm$/);
    type('field-period.from', '2026');
    type('field-period.to', '2026');
    await waitFor(() => expect(missingBar()).toBeNull());
    const shown = await preview();
    expect(shown.textContent).toContain('Tuyên truyền trên mạng xã hội');
    expect(screen.queryByTestId('notice-error')).toBeNull();
  });

  it('drafts from the organisation’s published catalog when it arrives: its plan’s points under task 2', async () => {
    // An organisation's catalog whose provincial plan has points under task 2 (the shipped one has none).
    renderInPane(
      <CatalogProvider load={() => Promise.resolve(publishedWithPoints())}>
        <DraftPanel host={docxHost()} storage={memoryStorage()} />
      </CatalogProvider>,
    );
    const points = await screen.findByRole('list', { name: 'Các điểm của nhiệm vụ 2' });
    expect(within(points).getAllByRole('listitem')).toHaveLength(4);
    expect([...document.querySelectorAll('[data-task]')].map((e) => e.getAttribute('data-task'))).toEqual(['1', '2', '3', '4', '5']);
    expect(screen.queryByTestId('field-tasks.2.a.lead')).toBeNull();
  });

  it('previews after a task’s lead is chosen, asks again when it is cleared, and lets go when it is filled', async () => {
    renderInPane(<DraftPanel host={docxHost()} storage={memoryStorage()} />);
    type('field-tasks.2.lead', 'kinh-te');
    type('field-tasks.2.timing', 'Quý III hằng năm');
    expect((await preview()).textContent).toContain('Quý III hằng năm');
    expect(screen.queryByTestId('notice-error')).toBeNull();
    type('field-tasks.2.lead', '');
    fireEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    expect((await screen.findByTestId('missing-fields')).textContent).toBe('Còn thiếu: Đơn vị chủ trì (nhiệm vụ 2)');
    type('field-tasks.2.lead', 'van-hoa-xa-hoi');
    await waitFor(() => expect(missingBar()).toBeNull());
  });

  it('leaves out a task the commune does not carry out, with the data’s reason, and lists it for the reviewer', async () => {
    renderInPane(<DraftPanel host={docxHost()} storage={memoryStorage()} />);
    expect(within(screen.getByTestId('task-4')).getByRole('radio', { name: 'Không áp dụng ở cấp này' })).toHaveProperty('checked', true);
    const reason = catalogPlan(BUILT_IN_STORE, 'kh-163-ubnd-bac-ninh', { file: 'test' }).tasks.find((t) => t.code === '4')!.levels!.xa.reason!;
    expect(byId('field-tasks.4.reason').placeholder).toBe(reason);
    expect(within(await preview()).getByTestId('left-out').textContent).toContain(`4: ${reason}`);
  });

  it('asks why a task does not apply when the data gives no reason', async () => {
    renderInPane(<DraftPanel host={docxHost()} storage={memoryStorage()} />);
    choose('task-3', /^Không áp dụng/);
    expect(byId('field-tasks.3.reason').required).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    expect((await screen.findByTestId('missing-fields')).textContent).toBe('Còn thiếu: Lý do không áp dụng (nhiệm vụ 3)');
    type('field-tasks.3.reason', 'Xã lồng ghép vào nhiệm vụ 1');
    await waitFor(() => expect(missingBar()).toBeNull());
  });

  it('shows the reporting deadline it computes, with the reason, and takes the unit’s own', async () => {
    renderInPane(<DraftPanel host={docxHost()} storage={memoryStorage()} />);
    const deadline = byId('field-reporting.deadline');
    expect(deadline.placeholder).toBe('30/11');
    expect(within(screen.getByTestId('group-reporting')).getByText(/^Để trống: trước ngày 30\/11, tức 10 ngày trước hạn 10\/12 của kế hoạch cấp trên/)).toBeTruthy();
    type('field-reporting.deadline', '20/11');
    expect(within(screen.getByTestId('group-reporting')).getByText(/hạn do đơn vị chọn/)).toBeTruthy();
    expect((await preview()).textContent).toContain('trước ngày 20/11 hằng năm');
  });
});

describe('what the form says when it cannot draft', () => {
  it('says it in the form’s words, without a line and column, and takes it back once the field changes', async () => {
    renderInPane(<DraftPanel host={docxHost()} storage={memoryStorage()} />);
    type('field-reporting.deadline', '15/12');
    fireEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    const notice = await screen.findByTestId('notice-error');
    expect(notice.textContent).toMatch(/^Biểu mẫu chưa dùng được: hạn báo cáo 15\/12 không sớm hơn hạn 10\/12/);
    expect(notice.textContent).not.toMatch(/\d+:\d+/);
    expect(notice.textContent).not.toContain('"');
    type('field-reporting.deadline', '20/11');
    await waitFor(() => expect(screen.queryByTestId('notice-error')).toBeNull());
  });
});

describe('the pane drafts what kh draft drafts from the same decisions', () => {
  it('gives the same plan and the same coverage in the parent link as the YAML form', async () => {
    const host = docxHost(['']);
    renderInPane(<DraftPanel host={host} storage={memoryStorage()} />);
    // Task 3 left out with a reason, task 5 merged into 1, task 2 reworded, task 1 with one more cooperating unit.
    choose('task-3', /^Không áp dụng/);
    type('field-tasks.3.reason', 'Xã lồng ghép vào nhiệm vụ 1');
    choose('task-5', /^Gộp với/);
    type('field-tasks.5.mergedInto', '1');
    type('field-tasks.2.title', 'Đào tạo, bồi dưỡng cán bộ nữ của xã gắn với quy hoạch, tạo nguồn cán bộ lãnh đạo, quản lý.');
    type('field-tasks.1.cooperating-add', 'hoi-phu-nu');
    // An own task with a sub-task that has its own lead and timing.
    fireEvent.click(byId('add-own-task'));
    type('field-ownTasks.1.title', 'Tổ chức hội nghị biểu dương cán bộ nữ tiêu biểu');
    type('field-ownTasks.1.lead', 'van-hoa-xa-hoi');
    type('field-ownTasks.1.timing', 'Tháng 10 năm 2026');
    fireEvent.click(byId('add-point-1'));
    type('field-ownTasks.1.points.0.title', 'Lựa chọn cán bộ nữ tiêu biểu ở các thôn.');
    type('field-ownTasks.1.points.0.lead', 'van-phong');
    type('field-ownTasks.1.points.0.timing', 'Tháng 9 năm 2026');
    // Targets: one with the commune's value, year and base; one not applicable.
    type('field-targets.nu-quy-hoach.value', '55');
    type('field-targets.nu-quy-hoach.year', '2029');
    type('field-targets.nu-quy-hoach.base', 'năm 2025 đạt 40%');
    choose('target-nu-quy-hoach-dao-tao', /^Không áp dụng/);
    type('field-targets.nu-quy-hoach-dao-tao.reason', 'Xã không tự tổ chức đào tạo');
    type('field-reporting.deadline', '20/11');

    await preview();
    const shown = [...screen.getByTestId('preview-lines').querySelectorAll('p')].map((p) => p.textContent);

    // The same decisions written as a YAML form and drafted as `kh draft` does.
    const form = parse(EXAMPLE);
    form.tasks['3'] = { applies: false, reason: 'Xã lồng ghép vào nhiệm vụ 1' };
    form.tasks['5'] = { mergedInto: '1' };
    form.tasks['2'].title = 'Đào tạo, bồi dưỡng cán bộ nữ của xã gắn với quy hoạch, tạo nguồn cán bộ lãnh đạo, quản lý.';
    form.tasks['1'].cooperating.push('hoi-phu-nu');
    form.ownTasks.push({
      title: 'Tổ chức hội nghị biểu dương cán bộ nữ tiêu biểu',
      lead: 'van-hoa-xa-hoi',
      timing: 'Tháng 10 năm 2026',
      points: [{ title: 'Lựa chọn cán bộ nữ tiêu biểu ở các thôn.', lead: 'van-phong', timing: 'Tháng 9 năm 2026' }],
    });
    form.targets['nu-quy-hoach'] = { value: 55, year: 2029, base: 'năm 2025 đạt 40%' };
    form.targets['nu-quy-hoach-dao-tao'] = { applies: false, reason: 'Xã không tự tổ chức đào tạo' };
    form.reporting.deadline = '20/11';
    const cli = draftPlan(stringify(form), 'ke-hoach-xa.yaml');

    expect(shown).toEqual(previewLines(cli.blocks).map((l) => l.text));
    expect(shown.join('\n')).toContain('Tổ chức hội nghị biểu dương cán bộ nữ tiêu biểu');

    fireEvent.click(screen.getByTestId('insert-draft'));
    fireEvent.click(within(await screen.findByTestId('insert-confirm')).getByTestId('confirm-insert'));
    await screen.findByTestId('notice-success');
    const link = await host.readParentLink();
    expect(link?.coverage).toEqual(cli.parentLink.coverage);
    expect(link?.coverage?.find((c) => c.code === '5')).toMatchObject({ status: 'merged', into: '1' });
  });
});
