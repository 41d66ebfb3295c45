import fc from 'fast-check';

/** Generators of requests that must be refused: a valid body broken in at least one way. */

type Body = Record<string, unknown>;

/** Text that is valid where free text is allowed: unicode, emoji, control characters, up to 500 chars. */
export const anyText = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 500 })
  .filter(s => s.trim().length > 0);

/** Values of the wrong type for any JSON field. */
const wrongType = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);

/** A string too long for a field of `max` characters (JSON bodies stay under the 64 kB limit). */
const tooLong = (max: number) =>
  fc
    .tuple(
      fc.constantFrom('x', 'é', '😀', '\u200b'),
      fc.integer({ min: 1, max: 200 }),
    )
    .map(([c, extra]) => c.repeat(max + extra));

/** Refs of entities that do not exist or cannot be parsed. */
export const badRef = fc.oneof(
  fc.constantFrom(
    '',
    '   ',
    ':',
    '::',
    '/',
    'a:b:c/d/e',
    'component:default/',
    'component:/nope',
    'component:default/nope',
    'group:default/smo/../checkout',
    'x'.repeat(513),
  ),
  anyText.map(s => `component:default/zz-missing-${s}`),
  anyText.map(s => `${s}:${s}/${s}`).filter(s => !s.includes('checkout')),
);

/** Date-times a waiver may not expire at: past, too far, impossible, or not dates at all. */
export const badDate = fc.oneof(
  fc.constantFrom(
    '1970-01-01T00:00:00Z',
    '2000-02-30T00:00:00Z',
    '2026-13-45T25:61:00Z',
    '+275760-09-13T00:00:00Z',
    '9999-12-31T23:59:59Z',
    'tomorrow',
    '',
    '2026-11-23',
    'NaN',
  ),
  fc
    .integer({ min: 91, max: 100_000 })
    .map(days => new Date(Date.now() + days * 86_400_000).toISOString()),
  fc
    .integer({ min: 1, max: 100_000 })
    .map(days => new Date(Date.now() - days * 86_400_000).toISOString()),
  anyText,
);

/** How one field of a body is broken. */
export type FieldBreaker = fc.Arbitrary<unknown>;

export interface BodyShape {
  /** A valid body; free-text fields get random valid text as noise. */
  valid: fc.Arbitrary<Body>;
  /** Per field, values that make the body invalid. */
  breakers: Record<string, FieldBreaker>;
  required: string[];
}

/** Marks a body to be sent as raw text (malformed JSON). */
export class RawBody {
  constructor(readonly text: string) {}
}
const RAW_NOT_JSON = fc
  .constantFrom(
    '{',
    '{"entityRef": }',
    "{'a': 1}",
    '[1,2',
    'null null',
    '\u0000',
  )
  .map(t => new RawBody(t));

const REMOVE = Symbol('remove');

/** A valid body with one field broken, one required field removed, an unknown field added, or no object at all. */
export function brokenBody(shape: BodyShape): fc.Arbitrary<unknown> {
  const fields = Object.keys(shape.breakers);
  const broken = fc
    .tuple(
      shape.valid,
      fc.oneof(
        fc
          .constantFrom(...fields)
          .chain(f => shape.breakers[f].map(v => [f, v] as const)),
        fc.constantFrom(...shape.required).map(f => [f, REMOVE] as const),
        fc
          .tuple(fc.string({ minLength: 1 }), fc.jsonValue())
          .filter(([k]) => !fields.includes(k) && k !== '__proto__')
          .map(([k, v]) => [k, v] as const),
      ),
    )
    .map(([body, [field, value]]) => {
      const copy: Body = { ...body };
      if (value === REMOVE) delete copy[field];
      else copy[field] = value;
      return copy;
    });
  return fc.oneof(
    { weight: 9, arbitrary: broken },
    { weight: 1, arbitrary: fc.oneof(wrongType, fc.string(), RAW_NOT_JSON) },
  );
}

/** A string that is not one of `allowed` (enums). */
export const notOneOf = (allowed: readonly string[]) =>
  fc.oneof(fc.string(), anyText).filter(s => !allowed.includes(s));

export const breakers = {
  text: (max: number): FieldBreaker =>
    fc.oneof(wrongType, tooLong(max), fc.constantFrom('', '   ', '\n\t')),
  optionalText: (max: number): FieldBreaker =>
    fc.oneof(
      wrongType.filter(v => v !== undefined),
      tooLong(max),
      fc.constantFrom('', '   '),
    ),
  ref: fc.oneof(wrongType, badRef),
  enumOf: (allowed: readonly string[]): FieldBreaker =>
    fc.oneof(wrongType, notOneOf(allowed)),
  version: fc.oneof(
    wrongType.filter(v => !Number.isInteger(v) || (v as number) < 1),
    fc.constantFrom(0, -1, 1.5, '1', Number.MAX_VALUE, -Number.MAX_VALUE),
  ),
  url: fc.oneof(
    wrongType,
    fc.constantFrom(
      'ftp://x',
      'mailto:smo@example.com',
      'http://',
      'https://a b',
      '',
    ),
    tooLong(2000).map(s => `https://${s}`),
  ),
  date: fc.oneof(wrongType, badDate),
};

/** Path ids that are not uuids, or uuids of nothing. */
export const badId = fc.oneof(
  fc.uuid().filter(u => !u.startsWith('0000')),
  fc.constantFrom('1', 'null', 'undefined', '..', '%00', 'x'.repeat(300)),
  anyText,
);
