import { waiverInForce } from './waiverInForce';

const expiresAt = '2026-12-01T09:00:00.000Z';
const before = new Date('2026-12-01T08:59:59.999Z');
const atExpiry = new Date(expiresAt);

describe('waiverInForce', () => {
  it('applies an approved waiver until, and not at, its expiry', () => {
    expect(waiverInForce({ status: 'approved', expiresAt }, before)).toBe(true);
    expect(waiverInForce({ status: 'approved', expiresAt }, atExpiry)).toBe(
      false,
    );
  });

  it.each(['requested', 'rejected', 'revoked'] as const)(
    'never applies a %s waiver',
    status => {
      expect(waiverInForce({ status, expiresAt }, before)).toBe(false);
    },
  );

  it('compares instants, whatever the offset of the expiry', () => {
    expect(
      waiverInForce(
        { status: 'approved', expiresAt: '2026-12-01T10:00:00+01:00' },
        before,
      ),
    ).toBe(true);
    expect(
      waiverInForce(
        { status: 'approved', expiresAt: '2026-12-01T10:00:00+01:00' },
        atExpiry,
      ),
    ).toBe(false);
  });
});
