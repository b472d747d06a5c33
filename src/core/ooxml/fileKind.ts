/** What a Word file's bytes are, whatever its name says: the reader follows the content, not the extension. */
export type WordFileKind =
  /** A zip: a .docx (also one saved under a .doc name). */
  | 'zip'
  /** An OLE compound file holding a `WordDocument` stream: Word 97–2003 (.doc). */
  | 'word97'
  /** An OLE compound file holding an `EncryptedPackage`: a password-protected .docx. */
  | 'encrypted'
  /** Another OLE compound file (Excel, PowerPoint, a damaged .doc). */
  | 'ole'
  /** Rich Text Format, which Word also saves under a .doc name. */
  | 'rtf'
  | 'other';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Whether `name` occurs in `bytes` as OLE directory entries store names (UTF-16LE). */
function hasStreamName(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first); i >= 0 && i + name.length * 2 <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    for (let k = 0; k < name.length; k++) if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

/** The kind of a file from its first bytes (and, for an OLE container, the names of its streams). */
export function wordFileKind(bytes: Uint8Array): WordFileKind {
  if (bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b) return 'zip';
  if (startsWith(bytes, OLE_SIGNATURE.slice(0, 4))) {
    // A password-protected .docx also holds a "WordDocument"-free EncryptedPackage; look for it first.
    if (hasStreamName(bytes, 'EncryptedPackage')) return 'encrypted';
    return hasStreamName(bytes, 'WordDocument') ? 'word97' : 'ole';
  }
  if (bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '{\\rtf') return 'rtf';
  return 'other';
}
