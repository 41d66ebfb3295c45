import { DeclarativeCheckConfig } from '../../config';
import { refKey } from '../../catalog/refs';
import { Subject } from '../subject';
import { EngineCheck, fail, pass } from './types';
import { firstLink } from './metadata';

/** Reads a dotted path such as `spec.lifecycle` or `metadata.labels.tier`. */
function readPath(value: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) =>
        node && typeof node === 'object'
          ? (node as Record<string, unknown>)[key]
          : undefined,
      value,
    );
}

function evaluateRule(rule: DeclarativeCheckConfig['rule'], s: Subject) {
  const annotations = s.entity.metadata.annotations ?? {};
  if ('annotationPresent' in rule) {
    const name = rule.annotationPresent;
    return annotations[name]?.trim()
      ? pass(`annotation ${name} is set`)
      : fail(`annotation ${name} is not set`);
  }
  if ('annotationMatches' in rule) {
    const { annotation, pattern } = rule.annotationMatches;
    const value = annotations[annotation];
    if (value === undefined) return fail(`annotation ${annotation} is not set`);
    return new RegExp(pattern).test(value)
      ? pass(`annotation ${annotation} '${value}' matches ${pattern}`)
      : fail(`annotation ${annotation} '${value}' does not match ${pattern}`);
  }
  if ('linkType' in rule) {
    const link = firstLink(s.entity, [rule.linkType]);
    return link
      ? pass(`${rule.linkType} link ${link.url}`)
      : fail(`no link of type ${rule.linkType}`);
  }
  if ('relation' in rule) {
    const { type, targetKind } = rule.relation;
    const prefix = targetKind ? `${refKey(targetKind)}:` : '';
    const found = (s.entity.relations ?? []).find(
      r => r.type === type && refKey(r.targetRef).startsWith(prefix),
    );
    const what = `relation ${type}${targetKind ? ` to a ${targetKind}` : ''}`;
    return found ? pass(`${what}: ${found.targetRef}`) : fail(`no ${what}`);
  }
  const { field, value } = rule.specEquals;
  const actual = readPath(s.entity.spec, field);
  return actual === value
    ? pass(`spec.${field} is ${JSON.stringify(value)}`)
    : fail(
        `spec.${field} is ${
          actual === undefined ? 'not set' : JSON.stringify(actual)
        }, expected ${JSON.stringify(value)}`,
      );
}

/** Turns a custom check declared in app-config into an engine check. */
export function declarativeCheck(config: DeclarativeCheckConfig): EngineCheck {
  const { rule, ...definition } = config;
  return {
    ...definition,
    source: 'config',
    evaluate: s => evaluateRule(rule, s),
  };
}
