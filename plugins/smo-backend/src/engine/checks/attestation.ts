import {
  attestationInForce,
  attestationValidUntil,
  CheckCategory,
  Severity,
} from '@smo-backstage/plugin-smo-common';
import { DateTime } from 'luxon';
import { BuiltinCheck, fail, pass, severity } from './types';

/** A check that passes while an attestation of `type` is in force (see `attestationInForce`). */
export function attestationCheck(options: {
  id: string;
  type: string;
  title: string;
  category: CheckCategory;
  validityDays: number;
  critical: Severity;
  other: Severity;
  what: string;
  level: string;
}): BuiltinCheck {
  const { id, type, validityDays } = options;
  return {
    id,
    level: options.level,
    title: options.title,
    category: options.category,
    severity: severity(options.critical, options.other),
    weight: options.critical === 'blocking' ? 2 : 1,
    attestation: { type, validityDays },
    howToFix: `Record a ${type} attestation with evidence once ${options.what}; it stays valid for the configured number of days (default ${validityDays}).`,
    evaluate: (s, settings) => {
      const mine = s.attestations.filter(a => a.type === type || a.type === id);
      if (mine.length === 0) return fail(`no ${type} attestation recorded`);
      const days = settings.validityDays;
      const now = s.instant.date;
      const utcDay = (iso: string) =>
        DateTime.fromISO(iso, { zone: 'utc' }).toISODate();
      const valid = mine
        .filter(a => attestationInForce(a, now, days))
        .map(a => ({ a, until: attestationValidUntil(a, days)! }));
      if (valid.length === 0) {
        const newest = mine.reduce((n, a) =>
          Date.parse(a.attestedAt) > Date.parse(n.attestedAt) ? a : n,
        );
        return fail(
          `the last ${type} attestation (${utcDay(
            newest.attestedAt,
          )}) has expired`,
        );
      }
      // The one lasting longest says until when the check passes (ends are UTC ISO strings: they sort as text).
      const best = valid.reduce((l, v) => (v.until > l.until ? v : l));
      return pass(
        `${type} attested on ${utcDay(best.a.attestedAt)}, valid until ${utcDay(
          best.until,
        )}`,
      );
    },
  };
}
