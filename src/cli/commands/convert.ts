import { basename, dirname, extname, join } from 'node:path';
import { parseArgs } from '../args';
import type { Command } from '../io';
import { readInputFile } from '../loadDocument';
import { writeOutput } from '../writeOutput';
import { KhInputError } from '../../core/errors';
import { detectLegacyEncoding, legacyEncodingName, type LegacyEncoding } from '../../core/text/legacyEncoding';
import { legacyToUnicode } from '../../core/text/legacyConvert';
import { DocxHost } from '../../hosts/docx/DocxHost';

const USAGE_VI = 'kh convert TỆP [-o RA] [--from tcvn3|vni]';
const FROM: Record<string, LegacyEncoding> = { tcvn3: 'TCVN3', abc: 'TCVN3', vni: 'VNI' };

/** A .txt's characters: UTF-8 when it is (a legacy text pasted into a UTF-8 file), else one byte a character as the legacy fonts stored them. */
function textOf(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    let text = '';
    for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
    return text;
  }
}

/**
 * `kh convert FILE [-o OUT] [--from tcvn3|vni]`: TCVN3 (ABC) and VNI-Windows text to Unicode. A
 * .docx: each run by its font (`.Vn…` TCVN3, `.Vn…H` its capitals, `VNI-…` VNI), set in Times New
 * Roman, every other run and part byte for byte as it was. A .txt has no fonts: `--from` says the
 * encoding, or it is told from the characters and the command says what it assumed.
 */
export const convert: Command = async (args, io) => {
  const { positional, flags } = parseArgs(args, { booleans: [], values: ['out', 'from'], short: { '-o': 'out' } });
  if (positional.length !== 1) throw new KhInputError('kh convert', `cần đúng một tệp: ${USAGE_VI}`, {}, 'usage: kh convert FILE [-o OUT] [--from tcvn3|vni]', 'usage');
  const file = positional[0];
  const ext = extname(file).toLowerCase();
  const from = typeof flags.from === 'string' ? FROM[flags.from.toLowerCase()] : undefined;
  if (typeof flags.from === 'string' && !from) throw new KhInputError('kh convert', `--from chỉ nhận tcvn3 hoặc vni, không phải "${flags.from}"`, {}, `--from takes tcvn3 or vni, not "${flags.from}"`, 'usage');
  if (ext !== '.docx' && ext !== '.txt') throw new KhInputError(file, 'kh convert chuyển tệp .docx hoặc .txt', {}, 'kh convert takes a .docx or a .txt', 'file-type-unsupported');
  const out = typeof flags.out === 'string' ? flags.out : join(dirname(file), `${basename(file, extname(file))}-unicode${ext}`);
  if (extname(out).toLowerCase() !== ext) throw new KhInputError(out, `tệp ra phải có đuôi ${ext} như tệp vào`, {}, `the output must be a ${ext} like the input`, 'usage');
  const bytes = await readInputFile(file);

  if (ext === '.docx') {
    if (from) throw new KhInputError('kh convert', '--from chỉ dùng cho tệp .txt: trong .docx, phông của từng đoạn chữ cho biết bảng mã', {}, '--from is for a .txt: in a .docx each run\'s font tells its encoding', 'usage');
    const host = new DocxHost(bytes, file);
    const runs = await host.convertLegacyText();
    if (runs === 0) {
      io.out(`${file}: không có đoạn chữ nào đặt phông TCVN3 (.Vn…) hay VNI (VNI-…): không cần chuyển, không ghi tệp`);
      return 0;
    }
    await writeOutput(out, host.save());
    io.out(`${file}: đã chuyển ${runs} đoạn chữ phông cũ sang Unicode, phông Times New Roman → ${out}`);
    return 0;
  }

  const text = textOf(bytes);
  let encoding = from;
  if (!encoding) {
    const hit = detectLegacyEncoding(text);
    if (!hit) {
      throw new KhInputError(file, 'không nhận ra bảng mã cũ trong tệp (không thấy ký tự đặc trưng của TCVN3 hay VNI): nếu đúng là mã cũ, ghi rõ --from tcvn3 hoặc --from vni', {}, 'no TCVN3 or VNI characters recognised: give --from tcvn3 or --from vni', 'convert-encoding-unknown');
    }
    encoding = hit.encoding;
    io.out(`${file}: không có --from; theo các ký tự đặc trưng, coi là mã ${legacyEncodingName(encoding)}`);
  }
  // A .txt has no capitals font: TCVN3 capitals typed in .VnTimeH come out in lower case.
  await writeOutput(out, legacyToUnicode(text, { encoding }).normalize('NFC'));
  io.out(`${file}: đã chuyển từ mã ${encoding} sang Unicode → ${out}`);
  return 0;
};
