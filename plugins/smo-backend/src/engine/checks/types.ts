import {
  CheckDefinition,
  Severity,
  SeverityByTier,
} from '@smo-backstage/plugin-smo-common';
import { SmoCheckOutcome } from '@smo-backstage/plugin-smo-node';
import { Subject } from '../subject';

/** A check as the engine runs it: definition plus a pure evaluate function. */
export interface EngineCheck extends CheckDefinition {
  evaluate(subject: Subject): SmoCheckOutcome;
}

/** A built-in check before configuration; attestation checks get their validity from config. */
export type BuiltinCheck = Omit<EngineCheck, 'source' | 'evaluate'> & {
  evaluate(
    subject: Subject,
    settings: { validityDays: number },
  ): SmoCheckOutcome;
};

/** Severity for tier-1/2 and for tier-3/4, the spec's notation. */
export function severity(critical: Severity, other: Severity): SeverityByTier {
  return {
    'tier-1': critical,
    'tier-2': critical,
    'tier-3': other,
    'tier-4': other,
  };
}

/** The outcome of a check with `status`, for a `message`. */
const outcome =
  (status: SmoCheckOutcome['status']) =>
  (message: string): SmoCheckOutcome => ({ status, message });

export const pass = outcome('pass');
export const fail = outcome('fail');
export const unknown = outcome('unknown');
export const notApplicable = outcome('not-applicable');

/** Short display name of a canonical ref: `offering-x` for the default namespace, else `ns/name`. */
export function displayRef(key: string): string {
  // `key.split(':')[1]` without splitting (undefined, and so a TypeError below, when the key has no colon).
  const colon = key.indexOf(':');
  const end = key.indexOf(':', colon + 1);
  const rest =
    colon < 0 ? undefined : key.slice(colon + 1, end < 0 ? undefined : end);
  return rest!.startsWith('default/') ? rest!.slice('default/'.length) : rest!;
}

export function list(keys: string[]): string {
  return keys.map(displayRef).join(', ');
}
