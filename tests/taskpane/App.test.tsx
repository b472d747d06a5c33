// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/taskpane/App';
import { docxHost, inlineRunner, memoryStorage } from './paneFixtures';

afterEach(cleanup);

describe('the pane', () => {
  it('keeps the findings across tabs and says they are out of date once the pane has edited the document', async () => {
    render(<App host={docxHost()} runCheck={inlineRunner} storage={memoryStorage()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra văn bản' }));
    await screen.findByTestId('check-summary');
    fireEvent.click(screen.getByRole('tab', { name: 'Kế hoạch cấp trên' }));
    await screen.findByText('Văn bản chưa liên kết kế hoạch cấp trên.');
    fireEvent.click(screen.getByRole('button', { name: 'Liên kết' }));
    await screen.findByText(/^Đã liên kết với /);
    fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    expect(screen.getByTestId('check-summary')).toBeTruthy();
    expect(screen.getByText('Văn bản đã thay đổi sau lần kiểm tra này: hãy kiểm tra lại.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra lại' }));
    await waitFor(() => expect(screen.queryByText('Văn bản đã thay đổi sau lần kiểm tra này: hãy kiểm tra lại.')).toBeNull());
  });
});
