import { flattenInputErrors, KhInputError } from '../core/errors';
import { KhInternalError } from './internalError';
import { oneLine } from './oneLine';
import type { CliIO, Command } from './io';
import { check } from './commands/check';
import { extract } from './commands/extract';

const USAGE = `Soạn KH: soạn và kiểm tra Kế hoạch

  kh check TỆP|THƯ_MỤC… [--parent KẾ_HOẠCH] [--json] [--report BÁO_CÁO.html] [--csv BAO_PHU.csv]
                                              kiểm tra một kế hoạch, nhiều tệp hay cả thư mục
  kh extract TỆP [--json]                     đọc kế hoạch: số, ngày, các mục, nhiệm vụ, hạn báo cáo
  kh draft --parent KẾ_HOẠCH --data FORM.yaml [--sections a,b] -o RA.docx
  kh parent import TỆP -o plan.yaml            biến một kế hoạch cấp trên thành tệp dữ liệu
  kh templates lint [THƯ_MỤC]                  kiểm tra mọi mẫu
  kh convert TỆP [-o RA] [--from tcvn3|vni]    chuyển văn bản mã TCVN3/VNI (.docx, .txt) sang Unicode
  kh catalog build THƯ_MỤC --publisher TÊN -o RA  danh mục của cơ quan thành tệp tĩnh (/catalog/)

Mã thoát: 0 xong, không có lỗi; 1 có lỗi trong kế hoạch; 2 đầu vào không dùng được.`;

/** Subcommands; each lives in its own file under commands/. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => check,
  extract: async () => extract,
  draft: async () => (await import('./commands/draft')).draft,
  parent: async () => (await import('./commands/parent')).parent,
  templates: async () => (await import('./commands/templates')).templates,
  convert: async () => (await import('./commands/convert')).convert,
  catalog: async () => (await import('./commands/catalog')).catalog,
};

/** Commands whose unusable input is reported on one line (DESIGN.md, `kh` exit code 2). */
const ONE_LINE_ERRORS = new Set(['check', 'extract']);

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name) {
    io.err(`kh: cần một lệnh (${Object.keys(COMMANDS).join(', ')}). Xem: kh --help`);
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.err(`kh: không có lệnh "${name}". Xem: kh --help`);
    return 2;
  }
  try {
    return await (await load())(rest, io);
  } catch (e) {
    if (e instanceof KhInputError) {
      // The reviewer's commands promise a one-line reason; the maintainers' tools list every error, a line each.
      io.err(ONE_LINE_ERRORS.has(name) ? oneLine(e.describeOneLine()) : flattenInputErrors(e).map((x) => oneLine(x.describe())).join('\n'));
      return 2;
    }
    // A bug of ours, not the user's input: still one line naming the file, with a hint for the bug report.
    const where = e instanceof KhInternalError ? e.file : `kh ${name}`;
    io.err(oneLine(`${where}: lỗi nội bộ: ${(e as Error)?.message ?? e}`) + ' (đặt KH_DEBUG=1 để xem chi tiết)');
    if (process.env.KH_DEBUG) io.err(((e instanceof KhInternalError ? e.original : e) as Error)?.stack ?? '');
    return 2;
  }
}
