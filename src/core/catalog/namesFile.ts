/**
 * The official names as a file (`templates/catalog/names.yaml`, or another a maintainer lints):
 * read with its schema, errors naming the line. Apart from officialNames.ts so that a check does
 * not load the YAML parser.
 */
import { KhInputError, throwIfAny } from '../errors';
import type { OfficialNamesData } from './officialNames';
import { readYaml, type Shape } from './yamlData';

const SHAPE: Shape = {
  kind: 'object',
  fields: {
    names: { kind: 'array', required: true, minItems: 1, of: { kind: 'string', nonEmpty: true } },
  },
};

/** Reads and checks a names file: each name once, starting with a capital as NĐ 30 writes names. */
export function readNames(text: string, file: string): OfficialNamesData {
  const src = readYaml(text, file, SHAPE);
  const y = src.value as OfficialNamesData;
  const errors: KhInputError[] = [];
  const seen = new Set<string>();
  y.names.forEach((raw, i) => {
    const name = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
    y.names[i] = name;
    const first = name[0];
    if (first === first.toLowerCase()) errors.push(new KhInputError(file, `tên "${name}" phải viết hoa chữ cái đầu (NĐ 30 Phụ lục II)`, src.placeOf(['names', i]), `"${name}" must start with a capital`, 'names-invalid'));
    if (seen.has(name)) errors.push(new KhInputError(file, `tên "${name}" ghi hai lần`, src.placeOf(['names', i]), `"${name}" is listed twice`, 'names-invalid'));
    seen.add(name);
  });
  throwIfAny(errors);
  return y;
}
