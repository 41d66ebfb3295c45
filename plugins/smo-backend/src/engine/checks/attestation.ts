import { CheckCategory, Severity } from '@smo-backstage/plugin-smo-common';
import { DateTime } from 'luxon';
import { BuiltinCheck, fail, pass, severity } from './types';

/** A check that passes while an attestation of `type` newer than its validity exists. */
export function attestationCheck(options: {
  id: string;
  type: string;
  title: string;
  category: CheckCategory;
  validityDays: number;
  critical: Severity;
  other: Severity;
  what: string;
}): BuiltinCheck {
  const { id, type, validityDays } = options;
  return {
    id,
    title: options.title,
    category: options.category,
    severity: severity(options.critical, options.other),
    weight: options.critical === 'blocking' ? 2 : 1,
    attestation: { type, validityDays },
    howToFix: `Record a ${type} attestation with evidence once ${options.what}; it stays valid for the configured number of days (default ${validityDays}).`,
    evaluate: (s, settings) => {
      const mine = s.attestations.filter(a => a.type === type || a.type === id);
      if (mine.length === 0) return fail(`no ${type} attestation recorded`);
      const oldest = s.now.minus({ days: settings.validityDays });
      let latest: DateTime | undefined;
      let latestExpired: DateTime | undefined;
      for (const a of mine) {
        const at = DateTime.fromISO(a.attestedAt, { zone: 'utc' });
        const expired =
          at < oldest ||
          (a.expiresAt !== undefined && DateTime.fromISO(a.expiresAt) <= s.now);
        if (!expired && (!latest || at > latest)) latest = at;
        if (expired && (!latestExpired || at > latestExpired))
          latestExpired = at;
      }
      if (latest) {
        return pass(
          `${type} attested on ${latest.toISODate()}, valid until ${latest
            .plus({ days: settings.validityDays })
            .toISODate()}`,
        );
      }
      return fail(
        `the last ${type} attestation (${latestExpired!.toISODate()}) has expired`,
      );
    },
  };
}
