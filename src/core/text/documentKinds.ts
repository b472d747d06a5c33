/** Document types and their abbreviations (NĐ 30 Phụ lục III), for citing a parent in full. */
const KIND_NAMES: Record<string, string> = {
  KH: 'Kế hoạch',
  QĐ: 'Quyết định',
  CT: 'Chỉ thị',
  CTr: 'Chương trình',
  NQ: 'Nghị quyết',
  HD: 'Hướng dẫn',
  ĐA: 'Đề án',
  TB: 'Thông báo',
  'Luật': 'Luật',
};

/** `Kế hoạch` for `KH`; an unknown kind is printed as given. */
export function kindName(kind: string): string {
  return KIND_NAMES[kind] ?? kind;
}

/** The type abbreviation inside a number: `163/KH-UBND` → `KH`, `2282/QĐ-TTg` → `QĐ`, `14-KH/TU` → `KH`. */
export function kindOfNumber(number: string): string | null {
  const m = /^\s*\d+\s*\/\s*([^\s/-]+)/u.exec(number) ?? /^\s*\d+\s*-\s*([^\s/-]+)\s*\//u.exec(number);
  return m ? m[1] : null;
}
