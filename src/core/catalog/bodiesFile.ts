/**
 * The catalog of bodies as a file (`templates/catalog/bodies.yaml`, or another a maintainer
 * lints): read with its schema, errors naming the line. Apart from bodies.ts so that a check,
 * which uses the built-in catalog generated as data, does not load the YAML parser.
 */
import { KhInputError, throwIfAny } from '../errors';
import { BODY_LEVELS, bodiesFrom, compilePattern, type BodiesData, type BodyCatalog } from './bodies';
import { UNIT_ROLES } from './unitRegistry';
import { readYaml, type Shape } from './yamlData';

const SHAPE: Shape = {
  kind: 'object',
  fields: {
    levels: { kind: 'map', of: { kind: 'string' }, required: true },
    bodies: {
      kind: 'array',
      required: true,
      minItems: 1,
      of: {
        kind: 'object',
        fields: {
          kind: { kind: 'string', required: true, pattern: /^[a-z0-9-]+$/, hint: 'chữ thường không dấu và "-", vd. cong-an' },
          level: { kind: 'enum', values: BODY_LEVELS, required: true },
          name: { kind: 'string', required: true, nonEmpty: true },
          role: { kind: 'enum', values: UNIT_ROLES, nullable: true },
          patterns: { kind: 'array', of: { kind: 'string', nonEmpty: true }, minItems: 1, required: true },
        },
      },
    },
  },
};

/** Reads and checks a catalog of bodies (the YAML of templates/catalog/bodies.yaml); errors name the file and the line. */
export function readBodies(text: string, file: string): BodiesData {
  const src = readYaml(text, file, SHAPE);
  const y = src.value as BodiesData;
  const errors: KhInputError[] = [];
  for (const level of BODY_LEVELS) {
    if (!(level in y.levels)) errors.push(new KhInputError(file, `"levels" thiếu cấp "${level}"`, src.placeOf(['levels']), `levels lacks "${level}"`, 'bodies-invalid'));
  }
  y.bodies.forEach((b, i) =>
    b.patterns.forEach((p, k) => {
      try {
        compilePattern(p);
      } catch (e) {
        errors.push(new KhInputError(file, `mẫu tên "${p}" viết sai (${e instanceof Error ? e.message : String(e)})`, src.placeOf(['bodies', i, 'patterns', k]), 'bad pattern', 'bodies-invalid'));
      }
    }),
  );
  throwIfAny(errors);
  return y;
}

export function parseBodies(text: string, file: string): BodyCatalog {
  return bodiesFrom(readBodies(text, file), file);
}

