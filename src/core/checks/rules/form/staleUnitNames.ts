/**
 * Unit names that stopped existing with the 2025 reorganisation (two-tier local government from
 * 1/7/2025; ministries and departments merged in early 2025). Data, so a maintainer can extend it.
 */
export interface StaleUnitName {
  /** As a regular expression source, matched case-insensitively on the NFC text. */
  pattern: string;
  /** What to write instead. */
  suggestion: string;
}

export const STALE_UNIT_NAMES: StaleUnitName[] = [
  { pattern: String.raw`(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) (?:các )?(?:huyện|quận|thị xã)`, suggestion: 'UBND các xã, phường (chính quyền địa phương hai cấp từ 01/7/2025)' },
  { pattern: String.raw`(?:Sở|Phòng|Bộ) Lao động\s*[-–]\s*Thương binh và Xã hội`, suggestion: 'Sở Nội vụ / Phòng Văn hóa - Xã hội (sau sắp xếp năm 2025)' },
  { pattern: String.raw`(?:Sở|Phòng|Bộ) LĐ\s*-?\s*TB\s*(?:&|và)?\s*XH|(?:Sở|Phòng|Bộ) LĐTBXH`, suggestion: 'Sở Nội vụ / Phòng Văn hóa - Xã hội (sau sắp xếp năm 2025)' },
  { pattern: String.raw`Sở Thông tin và Truyền thông|Sở TT\s*(?:&|và)\s*TT|Sở TTTT`, suggestion: 'Sở Khoa học và Công nghệ (sau sắp xếp năm 2025)' },
  { pattern: String.raw`Sở Kế hoạch và Đầu tư|Sở KH\s*(?:&|và)\s*ĐT|Sở KHĐT`, suggestion: 'Sở Tài chính (sau sắp xếp năm 2025)' },
  { pattern: String.raw`Sở Tài nguyên và Môi trường|Sở TN\s*(?:&|và)\s*MT|Sở TNMT`, suggestion: 'Sở Nông nghiệp và Môi trường (sau sắp xếp năm 2025)' },
  { pattern: String.raw`Sở Nông nghiệp và Phát triển nông thôn|Sở NN\s*(?:&|và)\s*PTNT|Sở NNPTNT`, suggestion: 'Sở Nông nghiệp và Môi trường (sau sắp xếp năm 2025)' },
  { pattern: String.raw`Sở Giao thông vận tải|Sở GTVT`, suggestion: 'Sở Xây dựng (sau sắp xếp năm 2025)' },
];
