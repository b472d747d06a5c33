import type { Rule, RuleHit } from '../../types';
import { fold } from '../../../text/fold';
import { toNewTonePlacement } from '../../../text/tonePlacement';
import { LETTER, MARK } from '../../../text/letters';

const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';
// Loose, to find the line even when it is written wrong; the exact form is then compared.
const QUOC_HIEU_LOOSE = /cong\s*hoa\s*xa\s*hoi\s*chu\s*nghia\s*viet\s*nam/;
const TIEU_NGU_LOOSE = /doc\s*lap\s*[-–—,]?\s*tu\s*do\s*[-–—,]?\s*hanh\s*phuc/;
// Above the trích yếu at most: the header never runs further.
const HEADER_SPAN = 20;
// Bodies one level down name their superior body above themselves (NĐ 30 box 2).
const NEEDS_SUPERIOR = new RegExp(String.raw`^(?:văn phòng|sở|phòng|ban|trung tâm|chi cục|cục|thanh tra|ban quản lý)(?![${LETTER}${MARK}])`, 'iu');

/**
 * NĐ 30 boxes 1–2: the issuing body's name, the Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and
 * the Tiêu ngữ "Độc lập - Tự do - Hạnh phúc" head every administrative document, written exactly;
 * an office or a Sở names its superior body above its own. Either tone placement ("HOÀ") is right.
 * A Party document heads itself "ĐẢNG CỘNG SẢN VIỆT NAM" instead (HD 36-HD/VPTW): no Quốc hiệu is asked of it.
 */
export const headerMissing: Rule = {
  id: 'header-missing',
  appliesTo: 'any',
  wholeDocument: true,
  family: 'header',
  severity: 'error',
  title: { vi: 'Phần đầu văn bản thiếu hoặc sai', en: 'Document header missing or wrong' },
  message: {
    vi: 'Phần đầu văn bản thiếu {parts} (NĐ 30: góc trái tên cơ quan ban hành, góc phải Quốc hiệu và Tiêu ngữ)',
    en: 'The header lacks {partsEn} (NĐ 30: issuing body on the left, national title and motto on the right)',
  },
  variants: {
    inexact: {
      vi: '{part} viết chưa đúng: "{text}", đúng là "{expected}"',
      en: '{partEn} is not written exactly: "{text}" should be "{expected}"',
    },
    superior: {
      vi: 'Thiếu tên cơ quan chủ quản phía trên "{issuer}" (ví dụ "UBND TỈNH …" trên "VĂN PHÒNG")',
      en: 'The superior body\'s name is missing above "{issuer}" (e.g. "UBND TỈNH …" above "VĂN PHÒNG")',
    },
  },
  source: 'NĐ 30/2020/NĐ-CP Điều 8; Phụ lục I, II.1 (Quốc hiệu, Tiêu ngữ), II.2 (tên cơ quan ban hành, cơ quan chủ quản); văn bản của Đảng: HD 36-HD/VPTW',
  check({ plan, snapshot }) {
    const end = Math.min(plan.at.title ?? HEADER_SPAN, HEADER_SPAN);
    const head = snapshot.paragraphs.filter((p) => p.index <= end).flatMap((p) => p.text.split(/\n|\t+/).map((line) => ({ p: p.index, line: line.trim() })));
    const hits: RuleHit[] = [];
    const missing: string[] = [];
    const missingEn: string[] = [];
    const find = (re: RegExp) => head.find((h) => re.test(fold(h.line)));
    // A Party document has "ĐẢNG CỘNG SẢN VIỆT NAM" where a state one has the Quốc hiệu and Tiêu ngữ (HD 36-HD/VPTW).
    const party = plan.form === 'party';
    const qh = party ? null : find(QUOC_HIEU_LOOSE);
    const tn = party ? null : find(TIEU_NGU_LOOSE);
    if (!plan.issuer) {
      missing.push('tên cơ quan ban hành');
      missingEn.push('the issuing body');
    }
    if (!qh) {
      if (!party) {
        missing.push('Quốc hiệu');
        missingEn.push('the national title');
      }
    } else {
      const text = toNewTonePlacement(qh.line.match(/c\S*ng\s.*n\S*m/iu)?.[0] ?? qh.line);
      if (text !== QUOC_HIEU) hits.push({ paragraph: qh.p, variant: 'inexact', severity: 'warning', args: { part: 'Quốc hiệu', partEn: 'The national title', text, expected: QUOC_HIEU } });
    }
    if (!tn) {
      if (!party) {
        missing.push('Tiêu ngữ');
        missingEn.push('the motto');
      }
    } else {
      const text = (tn.line.match(/độc.*phúc/iu)?.[0] ?? tn.line).replace(/\s+/g, ' ');
      // An en dash is what Word's autocorrect makes of " - ": tolerated.
      if (text.replace(/ – /g, ' - ') !== TIEU_NGU) hits.push({ paragraph: tn.p, variant: 'inexact', severity: 'warning', args: { part: 'Tiêu ngữ', partEn: 'The motto', text, expected: TIEU_NGU } });
    }
    if (missing.length > 0) {
      const first = snapshot.paragraphs.find((p) => p.text.trim())?.index ?? 1;
      hits.unshift({ paragraph: first, args: { parts: missing.join(', '), partsEn: missingEn.join(', ') } });
    }
    if (plan.issuer && !plan.parentBody && NEEDS_SUPERIOR.test(plan.issuer.trim())) {
      const at = head.find((h) => h.line && plan.issuer!.startsWith(h.line.slice(0, 10)))?.p ?? 1;
      hits.push({ paragraph: at, variant: 'superior', args: { issuer: plan.issuer } });
    }
    return hits;
  },
};
