import {
  Attestation,
  attestationInForce,
  Waiver,
} from '@smo-backstage/plugin-smo-common';
import { SmoFactProvider } from '@smo-backstage/plugin-smo-node';
import { DateTime } from 'luxon';
import { createHash } from 'node:crypto';

/**
 * The longest a sweep may rely on unchanged inputs: contributed checks may read the clock in ways no input shows, so
 * at least this often everything is evaluated again.
 */
export const FULL_SWEEP_EVERY_MS = 60 * 60_000;

/** Code-unit order, the same on every machine (unlike localeCompare). */
const byText = (a: string, b: string) => Number(a > b) - Number(a < b);

const sorted = <T>(map: Map<string, T>) =>
  [...map].sort(([a], [b]) => byText(a, b));

const byId = <T extends { id: string }>(items: T[]) =>
  [...items].sort((a, b) => byText(a.id, b.id));

/** What a sweep would read, as gathered before it decides whether to evaluate. */
export interface SweepInputs {
  /**
   * What stands for the catalog entities the sweep reads (see `catalogInputs.ts`): the catalog's change signal per
   * kind, or {@link stampLines}; undefined when the catalog cannot tell whether they changed.
   */
  catalog: string[] | undefined;
  evidence: {
    attestations: Map<string, Attestation[]>;
    waivers: Map<string, Waiver[]>;
  };
  now: DateTime;
}

/**
 * Fingerprint of everything a full sweep's results depend on: the catalog entities it reads (by etag), the evidence in
 * force, each attestation's standing under every configured validity (they expire by the clock at any instant), the
 * UTC day (agreement windows and campaign dates switch at day starts), the facts' versions and `salt` (the
 * configuration and the checks' code). Undefined when a fact provider cannot say whether its facts changed: then
 * every sweep evaluates.
 */
export async function sweepInputsFingerprint(
  inputs: SweepInputs,
  options: {
    factProviders: SmoFactProvider[];
    attestationValidities: number[];
    salt: string;
  },
): Promise<string | undefined> {
  const { factProviders, attestationValidities, salt } = options;
  // A provider without a version cannot tell whether its facts changed.
  if (!inputs.catalog || factProviders.some(p => !p.version)) return undefined;
  const versions = await Promise.all(
    factProviders.map(p => p.version!()),
  ).catch(() => undefined);
  if (!versions) return undefined;
  const now = inputs.now.toJSDate();
  const hash = createHash('sha256');
  const add = (part: string) => hash.update(part).update('\n');
  add(salt);
  add(inputs.now.toUTC().toISODate()!);
  versions.forEach(add);
  inputs.catalog.forEach(add);
  for (const [ref, waivers] of sorted(inputs.evidence.waivers)) {
    add(ref);
    byId(waivers).forEach(w => add(JSON.stringify(w)));
  }
  for (const [ref, attestations] of sorted(inputs.evidence.attestations)) {
    add(ref);
    byId(attestations).forEach(a =>
      add(
        JSON.stringify([
          a,
          attestationValidities.map(days => attestationInForce(a, now, days)),
        ]),
      ),
    );
  }
  return hash.digest('hex');
}

/**
 * The fingerprint's lines for `ref etag` stamps of the scored and the related entities (see `CatalogReader.stamps`);
 * undefined when an entity has no etag (not a real catalog), which cannot tell whether it changed.
 */
export function stampLines(stamps: {
  scored: string[];
  related: string[];
}): string[] | undefined {
  const { scored, related } = stamps;
  if ([...scored, ...related].some(stamp => stamp.endsWith(' '))) {
    return undefined;
  }
  return [...[...scored].sort(), 'related', ...[...related].sort()];
}

/** Whether the stored results are those of exactly the scored entities the stamps name. */
export function sameEntities(
  scoredStamps: string[],
  stored: ReadonlyMap<string, unknown>,
): boolean {
  return (
    scoredStamps.length === stored.size &&
    scoredStamps.every(stamp => stored.has(stamp.slice(0, stamp.indexOf(' '))))
  );
}
