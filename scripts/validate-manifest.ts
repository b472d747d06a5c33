/**
 * `npm run validate`: manifest.xml read through office-addin-manifest (id, version, hosts, the
 * pages it points to), then checked by Microsoft's validation service when the network reaches it
 * (`office-addin-manifest validate`, what add-in developers run), and otherwise offline against the
 * manifest XSDs with xmllint (CI has no network). Exit 0 valid, 1 invalid, 2 nothing could check it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OfficeAddinManifest, validateManifest } from 'office-addin-manifest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const MANIFEST = join(ROOT, 'manifest.xml');
const XSD = join(ROOT, '../shared/schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd');
const offline = process.argv.includes('--offline') || process.env.KH_OFFLINE === '1';

const info = await OfficeAddinManifest.readManifestFile(MANIFEST);
console.log(`manifest.xml: ${info.displayName} ${info.version} (${info.id}), ${info.hosts?.join(', ')}, ${info.defaultLocale}`);

if (!offline) {
  try {
    const result = await Promise.race([validateManifest(MANIFEST), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('hết 20 s chờ')), 20_000))]);
    if (result.status !== undefined) {
      for (const e of result.report?.errors ?? []) console.error(`lỗi: ${e.title}: ${e.content}${e.line ? ` (dòng ${e.line})` : ''}`);
      for (const w of result.report?.warnings ?? []) console.warn(`cảnh báo: ${w.title}: ${w.content}`);
      console.log(result.isValid ? 'Dịch vụ kiểm tra của Microsoft: hợp lệ.' : `Dịch vụ kiểm tra của Microsoft: KHÔNG hợp lệ (${result.status} ${result.statusText ?? ''}).`);
      process.exit(result.isValid ? 0 : 1);
    }
  } catch (e) {
    console.log(`Không kết nối được dịch vụ kiểm tra manifest của Microsoft (${e instanceof Error ? e.message.split('\n')[0] : e}); kiểm tra ngoại tuyến bằng XSD.`);
  }
}

if (!existsSync(XSD)) {
  console.error(`Không có XSD của manifest ở ${XSD} (thư mục ../shared): không kiểm tra ngoại tuyến được.`);
  process.exit(2);
}
try {
  execFileSync('xmllint', ['--noout', '--schema', XSD, MANIFEST], { stdio: 'inherit' });
  console.log('XSD của Office (OfficeAppManifestV1_1): hợp lệ.');
} catch (e) {
  process.exit((e as { code?: string }).code === 'ENOENT' ? 2 : 1);
}
