/** UTF-8 bytes ⇄ strings for XML parts; TextDecoder/TextEncoder exist in Node, browsers and workers. */
const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/** Decodes a part; a leading BOM is dropped. */
export function decodeXml(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

export function encodeXml(text: string): Uint8Array {
  return encoder.encode(text);
}
