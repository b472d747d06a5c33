import { describe, expect, it } from 'vitest';
import { textToDocx } from '../../src/core/ooxml/writeDocx';
import { sessionId, type SavedSession, type SessionStore } from '../../src/taskpane/standalone/sessionStore';
import { openDocument } from '../../src/taskpane/standalone/openDocument';

function memorySessions(): SessionStore & { saved: Map<string, SavedSession> } {
  const saved = new Map<string, SavedSession>();
  let last: string | null = null;
  return {
    saved,
    load: async (id) => saved.get(id) ?? null,
    save: async (s) => void (saved.set(s.id, s), (last = s.id)),
    last: async () => (last ? (saved.get(last) ?? null) : null),
  };
}

const original = textToDocx(['KẾ HOẠCH', 'I. MỤC ĐÍCH, YÊU CẦU']);

describe('the standalone page’s work across a reload', () => {
  it('names a file by its name and its bytes: the same file, the same id; another content, another', () => {
    expect(sessionId('kh.docx', original)).toBe(sessionId('kh.docx', textToDocx(['KẾ HOẠCH', 'I. MỤC ĐÍCH, YÊU CẦU'])));
    expect(sessionId('kh.docx', original)).not.toBe(sessionId('kh.docx', textToDocx(['KẾ HOẠCH'])));
    expect(sessionId('kh.docx', original)).not.toBe(sessionId('khac.docx', original));
  });

  it('reopens the same file with the edits kept for it, and another file as it is', async () => {
    const sessions = memorySessions();
    const first = await openDocument(original, 'kh.docx', sessions);
    expect(first.restored).toBe(false);
    await first.host.insertParagraphAfter(1, 'Thêm sau tiêu đề');
    await sessions.save({ id: first.id, name: 'kh.docx', bytes: first.host.save(), savedAt: 1 });

    const again = await openDocument(original, 'kh.docx', sessions);
    expect(again.restored).toBe(true);
    expect(again.id).toBe(first.id);
    expect((await again.host.readSnapshot()).paragraphs.map((p) => p.text)).toEqual(['KẾ HOẠCH', 'Thêm sau tiêu đề', 'I. MỤC ĐÍCH, YÊU CẦU']);

    const other = await openDocument(textToDocx(['KẾ HOẠCH KHÁC']), 'kh.docx', sessions);
    expect(other.restored).toBe(false);
  });

  it('opens the file as it is where nothing can be kept (no IndexedDB)', async () => {
    expect((await openDocument(original, 'kh.docx', null)).restored).toBe(false);
  });
});
