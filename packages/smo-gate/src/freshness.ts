import { GetGateResponse } from '@smo-backstage/plugin-smo-common';

/**
 * How many seconds old the evaluation is when it is older than `maxAgeS` allows (0 allows any age), else undefined.
 * The backend confirms every result at each sweep, so an old one means its sweep has stopped.
 */
export function staleBy(
  answer: GetGateResponse,
  maxAgeS: number,
  now: number = Date.now(),
): number | undefined {
  const ageS = (now - Date.parse(answer.evaluatedAt)) / 1000;
  return maxAgeS > 0 && ageS > maxAgeS ? ageS : undefined;
}
