import { ReadinessResult } from '@smo-backstage/plugin-smo-common';
import { createHash } from 'node:crypto';

/**
 * Hash of everything a result says except when it was computed, and of what is stored beside it (owner, system,
 * title: a change of those alone must rewrite the row too). A result is a pure function of the
 * inputs the checks read (entity, related entities, evidence, config, and the clock for expiry), so an
 * unchanged fingerprint means nothing observable changed and the stored row need not be rewritten.
 * Hashing the outcome rather than the inputs also catches changes that come from the clock alone.
 */
export function fingerprint(
  result: ReadinessResult,
  beside: Record<string, string | undefined>,
): string {
  const { evaluatedAt: _evaluatedAt, ...content } = result;
  return createHash('sha1')
    .update(JSON.stringify(content))
    .update(JSON.stringify(beside))
    .digest('hex');
}
