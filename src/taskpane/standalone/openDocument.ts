import { DocxHost } from '../../hosts/docx/DocxHost';
import { sessionId, type SessionStore } from './sessionStore';

/** A document the page works on: the host, and its id across reloads (file name + hash of the bytes opened). */
export interface OpenDocument {
  host: DocxHost;
  id: string;
  /** Reopened from the work kept before a reload. */
  restored: boolean;
}

/** Opens the bytes of a file, or the edited copy kept for that very file before a reload. */
export async function openDocument(bytes: Uint8Array, name: string, sessions: SessionStore | null): Promise<OpenDocument> {
  const id = sessionId(name, bytes);
  const kept = await sessions?.load(id).catch(() => null);
  if (kept) return { host: new DocxHost(kept.bytes, name), id, restored: true };
  return { host: new DocxHost(bytes, name), id, restored: false };
}
