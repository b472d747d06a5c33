// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blocksToFlatOpc } from '../../src/core/ooxml/writeDocx';
import { WordHost } from '../../src/hosts/word/WordHost';
import DraftPanel from '../../src/taskpane/draft/DraftPanel';
import { FakeWord } from '../hosts/word/fakeWord';
import { memoryStorage, PLAN_WITH_GAPS, renderInPane } from './paneFixtures';

let fake: FakeWord;
let uninstall = () => {};
beforeEach(() => {
  // Sections I, II and IV in Word: section III fits after II.
  const lines = PLAN_WITH_GAPS.filter((_, i) => i < 10 || i >= 18);
  fake = FakeWord.document(lines, { bodyOoxml: blocksToFlatOpc(lines.map((text) => ({ type: 'paragraph' as const, inlines: [{ text }] }))) });
  uninstall = fake.install();
});
afterEach(() => {
  cleanup();
  uninstall();
});

const ONLY_TASKS = ['Phần đầu (quốc hiệu, số, ngày)', 'Căn cứ', 'I. Mục đích, yêu cầu', 'II. Mục tiêu', 'IV. Kinh phí', 'V. Tổ chức thực hiện', 'Chế độ báo cáo', 'Nơi nhận và chữ ký'];

describe('inserting a drafted section in Word', () => {
  it('takes one Word.run and one sync once the user has chosen where, and reads nothing after', async () => {
    renderInPane(<DraftPanel host={new WordHost('KH xã.docx')} storage={memoryStorage()} />);
    for (const label of ONLY_TASKS) fireEvent.click(screen.getByRole('checkbox', { name: label }));
    fireEvent.click(screen.getByTestId('insert-draft'));
    const confirm = await screen.findByTestId('insert-confirm');
    // Word cannot say where the cursor is: the pane asks, offering the place section III fits.
    expect(within(confirm).getByRole('radio', { name: 'Sau đoạn 10 (đúng thứ tự mục)' })).toHaveProperty('checked', true);
    fireEvent.click(within(confirm).getByRole('checkbox', { name: /^Liên kết văn bản với / }));
    fake.runs = 0;
    fake.syncs = 0;
    fireEvent.click(within(confirm).getByTestId('confirm-insert'));
    expect((await screen.findByTestId('notice-success')).textContent).toMatch(/^Đã chèn \d+ đoạn\.$/);
    expect([fake.runs, fake.syncs]).toEqual([1, 1]);
    expect(fake.state.insertedOoxml.map(({ location, at }) => ({ location, at }))).toEqual([{ location: 'After', at: 10 }]);
  });
});
