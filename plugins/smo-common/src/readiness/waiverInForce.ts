import { Waiver } from './evidence';

/** Whether a waiver excuses its check at `now`: approved, and until (excluding) its `expiresAt`. @public */
export function waiverInForce(
  waiver: Pick<Waiver, 'status' | 'expiresAt'>,
  now: Date,
): boolean {
  return (
    waiver.status === 'approved' && Date.parse(waiver.expiresAt) > now.getTime()
  );
}
