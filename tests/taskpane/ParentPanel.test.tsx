// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FieldTag } from '../../src/core/blocks';
import { KhInputError } from '../../src/core/errors';
import type { ParentLink } from '../../src/core/snapshot';
import type { DocumentHost } from '../../src/hosts/host';
import ParentPanel from '../../src/taskpane/parent/ParentPanel';
import { blocksToDocx } from '../../src/core/ooxml/writeDocx';
import { DocxHost } from '../../src/hosts/docx/DocxHost';
import { SAMPLE_PARENT, samplePlanBlocks } from '../fixtures/docx/samplePlanBlocks';
import { docxHost, PLAN_WITH_GAPS, renderInPane } from './paneFixtures';

afterEach(cleanup);

const LINK: ParentLink = { id: 'kh-163-ubnd-bac-ninh', kind: 'KH', number: '163/KH-UBND', date: '2026-05-12', issuer: 'Chủ tịch UBND tỉnh Bắc Ninh', title: 'Thực hiện Chương trình' };

describe('Kế hoạch cấp trên panel', () => {
  it('says when the document has no parent link, and links one from the catalog', async () => {
    const host = docxHost();
    renderInPane(<ParentPanel host={host} />);
    expect(await screen.findByText('Văn bản chưa liên kết kế hoạch cấp trên.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Liên kết' }));
    expect(await screen.findByText(/^Đã liên kết với /)).toBeTruthy();
    expect((await host.readParentLink())?.kind).toBeTruthy();
  });

  it('offers first the catalog plan the document cites, when it has no link', async () => {
    const lines = [...PLAN_WITH_GAPS.slice(0, 6), 'Thực hiện Kế hoạch số 4595/KH-UBND ngày 20/11/2025 của UBND tỉnh Lai Châu;', ...PLAN_WITH_GAPS.slice(6)];
    renderInPane(<ParentPanel host={docxHost(lines)} />);
    await screen.findByText('Văn bản chưa liên kết kế hoạch cấp trên.');
    expect((screen.getByRole('combobox', { name: /Chọn kế hoạch cấp trên/ }) as HTMLSelectElement).value).toBe('kh-4595-ubnd-lai-chau');
  });

  it('shows the linked parent with its date written the Vietnamese way', async () => {
    const host = docxHost();
    await host.writeParentLink(LINK);
    renderInPane(<ParentPanel host={host} />);
    expect(await screen.findByText('KH 163/KH-UBND ngày 12/5/2026')).toBeTruthy();
  });

  it('re-renders every tagged parent citation when the host can', async () => {
    const replaced: [FieldTag, string][] = [];
    const host: DocumentHost = Object.assign(docxHost(), {
      readParentLink: async () => LINK,
      replaceFieldText: async (tag: FieldTag, text: string) => (replaced.push([tag, text]), 2),
    });
    renderInPane(<ParentPanel host={host} />);
    await screen.findByText('KH 163/KH-UBND ngày 12/5/2026');
    fireEvent.click(screen.getByRole('button', { name: 'Cập nhật trích dẫn trong văn bản' }));
    expect(await screen.findByText('Đã cập nhật 2 trích dẫn.')).toBeTruthy();
    expect(replaced).toEqual([['kh:parent-citation', 'Kế hoạch số 163/KH-UBND ngày 12/5/2026 của Chủ tịch UBND tỉnh Bắc Ninh về thực hiện Chương trình']]);
  });

  it('brings the citation of a .docx up to date in place, keeping its tag', async () => {
    const host = new DocxHost(blocksToDocx(samplePlanBlocks(), { parentLink: SAMPLE_PARENT }), 'kh.docx');
    await host.writeParentLink(LINK);
    let changed = 0;
    renderInPane(<ParentPanel host={host} onDocumentChanged={() => changed++} />);
    await screen.findByText('KH 163/KH-UBND ngày 12/5/2026');
    fireEvent.click(screen.getByRole('button', { name: 'Cập nhật trích dẫn trong văn bản' }));
    expect(await screen.findByText('Đã cập nhật 1 trích dẫn.', {})).toBeTruthy();
    const cited = (await host.readSnapshot()).paragraphs.filter((x) => x.tags?.includes('kh:parent-citation'));
    expect(cited.map((x) => x.text.includes('Kế hoạch số 163/KH-UBND ngày 12/5/2026 của Chủ tịch UBND tỉnh Bắc Ninh'))).toEqual([true]);
    expect(changed).toBe(1);
  });

  it('says the citation must be edited by hand when the document has no tagged citation', async () => {
    const host = docxHost();
    await host.writeParentLink(LINK);
    renderInPane(<ParentPanel host={host} />);
    await screen.findByText('KH 163/KH-UBND ngày 12/5/2026');
    fireEvent.click(screen.getByRole('button', { name: 'Cập nhật trích dẫn trong văn bản' }));
    expect(await screen.findByText(/^Không có trường trích dẫn nào được gắn thẻ/)).toBeTruthy();
  });

  it('lets the user link again when the stored link cannot be read', async () => {
    const host: DocumentHost = Object.assign(docxHost(), {
      readParentLink: async () => {
        throw new KhInputError('ke-hoach.docx', 'liên kết kế hoạch cấp trên lưu trong tài liệu bị hỏng; hãy liên kết lại', {});
      },
    });
    renderInPane(<ParentPanel host={host} />);
    expect(await screen.findByText(/bị hỏng; hãy liên kết lại/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Liên kết' })).toBeTruthy();
  });
});
