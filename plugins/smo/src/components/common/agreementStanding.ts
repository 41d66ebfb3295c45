import { DateTime } from 'luxon';
import { ServiceLevelAgreementEntity } from '@smo-backstage/plugin-smo-common';

/**
 * Where an agreement stands today. Only `in-force` means the targets bind anyone: the SMO model says an `active`
 * agreement is in force only inside validFrom..validUntil (both days included).
 */
export type AgreementStanding = {
  state: 'in-force' | 'not-yet-valid' | 'expired' | 'draft' | 'retired';
  label: string;
};

/** The calendar day of an ISO date or date-time, or undefined when there is none. */
function isoDay(value: string | undefined): string | undefined {
  if (!value) {
    return undefined;
  }
  return DateTime.fromISO(value, { setZone: true }).toISODate() ?? value;
}

const NOT_ACTIVE: Record<
  Exclude<ServiceLevelAgreementEntity['spec']['status'], 'active'>,
  AgreementStanding
> = {
  draft: { state: 'draft', label: 'Draft — not in force' },
  expired: { state: 'expired', label: 'Expired' },
  retired: { state: 'retired', label: 'Retired' },
};

export function agreementStanding(
  spec: Pick<
    ServiceLevelAgreementEntity['spec'],
    'status' | 'validFrom' | 'validUntil'
  >,
  today: DateTime = DateTime.local(),
): AgreementStanding {
  if (spec.status !== 'active') {
    return NOT_ACTIVE[spec.status];
  }
  // ISO calendar days compare correctly as strings.
  const day = today.toISODate()!;
  const from = isoDay(spec.validFrom);
  const until = isoDay(spec.validUntil);
  if (from && day < from) {
    return { state: 'not-yet-valid', label: `Not yet in force (from ${from})` };
  }
  if (until && day > until) {
    // Still marked active, but its window has passed: expired in all but name.
    return { state: 'expired', label: `Expired on ${until}` };
  }
  return { state: 'in-force', label: 'In force' };
}

/** "2026-01-01 – 2027-12-31", with open ends spelled out. */
export function formatValidity(
  spec: Pick<ServiceLevelAgreementEntity['spec'], 'validFrom' | 'validUntil'>,
): string {
  const from = isoDay(spec.validFrom);
  const until = isoDay(spec.validUntil);
  if (!from && !until) {
    return 'No end date';
  }
  if (!until) {
    return `From ${from}`;
  }
  return from ? `${from} – ${until}` : `Until ${until}`;
}
