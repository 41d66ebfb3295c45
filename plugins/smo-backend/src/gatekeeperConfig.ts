import { Config } from '@backstage/config';
import {
  readSeparationOfDuties,
  SeparationOfDuties,
  SIGN_OFF_ROLES,
  SignOffRole,
} from '@smo-backstage/plugin-smo-common';
import { wholeNumber } from './configValues';

/** Typed `smo.handover`, `smo.waivers`, `smo.attestations` and `smo.notifications` configuration. */
export interface GatekeeperConfig {
  /** Group whose members are SMO approvers. */
  smoGroup: string;
  requiredSignOffs: SignOffRole[];
  /** Longest waiver that can be requested, in days. */
  waiverMaxDays: number;
  /** Attestation types accepted besides those of attestation checks. */
  extraAttestationTypes: string[];
  /** Days before expiry that waiver and attestation holders are reminded. */
  expiryWarningDays: number;
  /** Who may not do what after whom (`smo.separationOfDuties`); every rule in force by default. */
  separationOfDuties: SeparationOfDuties;
}

/** Reads the gatekeeper settings; invalid values fail start-up naming the key. */
export function readGatekeeperConfig(config: Config): GatekeeperConfig {
  const roles = config.getOptionalStringArray(
    'smo.handover.requiredSignOffs',
  ) ?? [...SIGN_OFF_ROLES];
  const unknown = roles.filter(r => !SIGN_OFF_ROLES.includes(r as SignOffRole));
  if (unknown.length > 0) {
    throw new Error(
      `Invalid SMO configuration at smo.handover.requiredSignOffs: unknown role ${unknown.join(
        ', ',
      )} (known: ${SIGN_OFF_ROLES.join(', ')})`,
    );
  }
  return {
    smoGroup: (
      config.getOptionalString('smo.handover.smoGroup') ?? 'group:default/smo'
    ).toLowerCase(),
    requiredSignOffs: roles as SignOffRole[],
    waiverMaxDays: wholeNumber(config, 'smo.waivers.maxDays', {
      fallback: 90,
      min: 1,
    }),
    extraAttestationTypes:
      config.getOptionalStringArray('smo.attestations.types') ?? [],
    expiryWarningDays: wholeNumber(
      config,
      'smo.notifications.expiryWarningDays',
      { fallback: 14, min: 1 },
    ),
    separationOfDuties: readSeparationOfDuties(config),
  };
}
