import { Entity } from '@backstage/catalog-model';
import offeringSchema from '../schema/ServiceOffering.schema.json';
import agreementSchema from '../schema/ServiceLevelAgreement.schema.json';
import processOwnerSchema from '../schema/ProcessOwner.schema.json';
import { Problem, showValue } from './problems';

// Pattern errors name the format the schemas describe (e.g. "an ISO-8601 duration") instead of a regex.
const PATTERN_NAMES = new Map<string, string>(
  [offeringSchema, agreementSchema, processOwnerSchema].flatMap(schema =>
    Object.values(
      schema.definitions as Record<
        string,
        { pattern?: string; description?: string }
      >,
    )
      .filter(d => d.pattern && d.description)
      .map(d => [d.pattern!, d.description!] as const),
  ),
);

// `entityKindSchemaValidator` throws a TypeError for the first Ajv error, as
// `<instancePath> <message> - <param>: <value>, …`; instancePath is a JSON pointer or `<root>`.
const AJV_MESSAGE = /^(<root>|\/\S*) (.+?)(?: - (.*))?$/s;

function pointerSegments(pointer: string): string[] {
  if (pointer === '<root>') return [];
  return pointer
    .split('/')
    .slice(1)
    .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `['spec', 'targets', '1', 'target']` → `spec.targets[1].target` */
export function fieldPath(segments: string[]): string {
  return segments
    .map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : `${i ? '.' : ''}${s}`))
    .join('');
}

function valueAt(entity: Entity, segments: string[]): unknown {
  let value: unknown = entity;
  for (const segment of segments) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/** Turns the schema validator's message into a problem naming the field, its value and the rule broken. */
export function formatSchemaError(message: string, entity: Entity): Problem {
  const match = AJV_MESSAGE.exec(message);
  if (!match) return { field: '<entity>', message };
  const [, pointer, text, params = ''] = match;
  const segments = pointerSegments(pointer);

  const required = /^must have required property '(.+)'$/.exec(text);
  if (required) {
    return {
      field: fieldPath([...segments, required[1]]),
      message: 'is required',
    };
  }

  const value = showValue(valueAt(entity, segments));
  const field = fieldPath(segments) || '<entity>';
  const pattern = /^must match pattern "(.+)"$/.exec(text);
  if (pattern && PATTERN_NAMES.has(pattern[1])) {
    return {
      field,
      message: `${value} is not ${PATTERN_NAMES.get(pattern[1])}`,
    };
  }
  const allowed = /^allowedValues: (.*)$/.exec(params);
  if (allowed) {
    return {
      field,
      message: `${value} must be one of ${allowed[1].split(',').join(', ')}`,
    };
  }
  return { field, message: `${value} ${text}` };
}
