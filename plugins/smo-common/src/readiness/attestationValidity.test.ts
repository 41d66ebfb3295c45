import {
  attestationInForce,
  attestationValidUntil,
} from './attestationValidity';

const made = { attestedAt: '2026-01-01T12:00:00.000Z' };
const at = (iso: string) => new Date(iso);

describe('attestationValidUntil', () => {
  it('ends validityDays after the attestation without an explicit expiry', () => {
    expect(attestationValidUntil(made, 180)).toBe('2026-06-30T12:00:00.000Z');
  });

  it.each([
    [
      'honours an explicit expiry earlier than the validity',
      '2026-02-01T00:00:00.000Z',
      '2026-02-01T00:00:00.000Z',
    ],
    [
      'does not extend the validity by a later explicit expiry',
      '2027-01-01T00:00:00+02:00',
      '2026-06-30T12:00:00.000Z',
    ],
  ])('%s', (_, expiresAt, validUntil) => {
    expect(attestationValidUntil({ ...made, expiresAt }, 180)).toBe(validUntil);
  });

  it('uses the explicit expiry alone without a validity, and has no end without either', () => {
    expect(
      attestationValidUntil({
        ...made,
        expiresAt: '2026-03-01T10:00:00+01:00',
      }),
    ).toBe('2026-03-01T09:00:00.000Z');
    expect(attestationValidUntil(made)).toBeUndefined();
  });
});

describe('attestationInForce', () => {
  it('counts until, and not at, the end of the validity', () => {
    expect(attestationInForce(made, at('2026-06-30T11:59:59.999Z'), 180)).toBe(
      true,
    );
    expect(attestationInForce(made, at('2026-06-30T12:00:00.000Z'), 180)).toBe(
      false,
    );
  });

  it('stops counting at an explicit expiry inside the validity', () => {
    const early = { ...made, expiresAt: '2026-02-01T00:00:00.000Z' };
    expect(attestationInForce(early, at('2026-01-31T23:59:59Z'), 180)).toBe(
      true,
    );
    expect(attestationInForce(early, at('2026-02-01T00:00:00Z'), 180)).toBe(
      false,
    );
  });

  it('counts an attestation with no end', () => {
    expect(attestationInForce(made, at('2099-01-01T00:00:00Z'))).toBe(true);
  });
});
