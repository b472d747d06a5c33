import { createRequire } from 'node:module';
import { KhInputError } from '../../core/errors';
import type { DocumentSnapshot } from '../../core/snapshot';
import { CELL_MARK, word97Snapshot } from '../../core/text/word97Text';

type Extractor = new () => import('word-extractor').default;
let extractor: Extractor | null = null;

/**
 * word-extractor, loaded once. Its text filter turns Word's end-of-cell mark (0x07) into a tab,
 * which a typed tab cannot then be told from; its exported `clean` is wrapped, before the module
 * that uses it loads, to keep the mark as CELL_MARK so the reader rebuilds the table cells.
 */
function wordExtractor(): Extractor {
  if (extractor) return extractor;
  const require = createRequire(import.meta.url);
  const filters = require('word-extractor/lib/filters.js') as { clean: (s: string) => string };
  const clean = filters.clean;
  filters.clean = (s: string) => clean(s.replace(/\x07/g, CELL_MARK));
  extractor = require('word-extractor') as Extractor;
  return extractor;
}

/**
 * A Word 97–2003 .doc read with word-extractor (Node: it needs Buffer and streams): the body, the
 * headers and footers, the notes and the comments as text. A file it cannot read (damaged, or
 * not a Word document after all) is one KhInputError naming the file.
 */
export async function readDoc(bytes: Uint8Array, source: string): Promise<DocumentSnapshot> {
  let doc;
  try {
    const WordExtractor = wordExtractor();
    doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new KhInputError(
      source,
      'không đọc được tệp Word 97–2003 (.doc): tệp bị hỏng hoặc không phải tài liệu Word; hãy mở bằng Word và lưu lại dưới dạng .docx rồi thử lại',
      {},
      `cannot read the Word 97–2003 file (.doc): damaged or not a Word document (${reason}); save it as .docx in Word and try again`,
      'doc-unreadable',
    );
  }
  const keep = { filterUnicode: false };
  return word97Snapshot(
    {
      body: doc.getBody(keep),
      headers: doc.getHeaders({ ...keep, includeFooters: false }),
      footers: doc.getFooters(keep),
      footnotes: doc.getFootnotes(keep),
      endnotes: doc.getEndnotes(keep),
      comments: doc.getAnnotations(keep),
    },
    source,
  );
}
