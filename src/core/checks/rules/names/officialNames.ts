/**
 * Names of bodies, offices and laws as NĐ 30 Phụ lục II writes them (capitals on the name's own
 * words: "Ủy ban nhân dân", "Mặt trận Tổ quốc Việt Nam", "Sở Nội vụ", "Ban Xây dựng Đảng", "Luật
 * Ngân sách nhà nước"). The `official-name` rule reports near misses of these: a word dropped
 * ("Ủy ban nhân tỉnh"), doubled ("nhân dân dân") or capitalised otherwise ("Tổ Quốc").
 */
export const OFFICIAL_NAMES: readonly string[] = [
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Thường trực Hội đồng nhân dân',
  'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
  'Văn phòng Ủy ban nhân dân',
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Mặt trận Tổ quốc Việt Nam',
  'Mặt trận Tổ quốc',
  'Hội Liên hiệp Phụ nữ',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'Hội Cựu chiến binh',
  'Hội Nông dân',
  'Liên đoàn Lao động',
  'Ban Xây dựng Đảng',
  'Ban Chỉ huy Quân sự',
  'Thủ tướng Chính phủ',
  'Sở Nội vụ',
  'Sở Tài chính',
  'Sở Tư pháp',
  'Sở Y tế',
  'Sở Xây dựng',
  'Sở Công Thương',
  'Sở Giáo dục và Đào tạo',
  'Sở Khoa học và Công nghệ',
  'Sở Nông nghiệp và Môi trường',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Dân tộc và Tôn giáo',
  'Phòng Văn hóa - Xã hội',
  'Phòng Kinh tế',
  'Luật Ngân sách nhà nước',
  'Luật Bình đẳng giới',
  'Luật Tổ chức chính quyền địa phương',
];
