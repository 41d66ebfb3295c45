import {
  CheckCategory,
  Severity,
  SeverityByTier,
} from '@smo-backstage/plugin-smo-common';
import { SmoCheckOutcome } from '@smo-backstage/plugin-smo-node';
import { Subject } from '../subject';

/** A check as the engine runs it: definition plus a pure evaluate function. */
export interface EngineCheck {
  id: string;
  title: string;
  category: CheckCategory;
  howToFix: string;
  severity: SeverityByTier;
  weight: number;
  source: 'builtin' | 'config' | 'module';
  attestation?: { type: string; validityDays: number };
  evaluate(subject: Subject): SmoCheckOutcome;
}

/** A built-in check before configuration; attestation checks get their validity from config. */
export type BuiltinCheck = Omit<
  EngineCheck,
  'source' | 'evaluate' | 'attestation'
> & {
  attestation?: { type: string; validityDays: number };
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

export const pass = (message: string): SmoCheckOutcome => ({
  status: 'pass',
  message,
});
export const fail = (message: string): SmoCheckOutcome => ({
  status: 'fail',
  message,
});
export const unknown = (message: string): SmoCheckOutcome => ({
  status: 'unknown',
  message,
});
export const notApplicable = (message: string): SmoCheckOutcome => ({
  status: 'not-applicable',
  message,
});

/** Short display name of a canonical ref: `offering-x` for the default namespace, else `ns/name`. */
export function displayRef(key: string): string {
  const [, rest] = key.split(':');
  return rest.startsWith('default/') ? rest.slice('default/'.length) : rest;
}

export function list(keys: string[]): string {
  return keys.map(displayRef).join(', ');
}
