/**
 * Words Vietnamese writes two accepted ways. A plan keeps to one: the rule `spelling-variant`
 * reports the minority form and suggests the plan's own majority. Each group lists the forms (lower
 * case); tone placement ("hoà"/"hòa", "Uỷ"/"Ủy") is `tone-placement-mixed`'s.
 */
export const SPELLING_VARIANTS: readonly (readonly string[])[] = [
  ['hằng năm', 'hàng năm'],
  ['hằng tháng', 'hàng tháng'],
  ['hằng quý', 'hàng quý'],
  ['hằng tuần', 'hàng tuần'],
  ['hằng ngày', 'hàng ngày'],
  ['kỹ', 'kĩ'],
  ['mỹ', 'mĩ'],
  ['lý', 'lí'],
];
