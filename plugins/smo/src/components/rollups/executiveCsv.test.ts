import { executiveCsv, executiveCsvName } from './executiveCsv';
import { checkoutRow, loyaltyRow } from './__testUtils__/rollups';

describe('executiveCsv', () => {
  it('writes one line per offering with readiness, risk, service level, accepted risk and movement', () => {
    const lines = executiveCsv([
      checkoutRow,
      { ...loyaltyRow, title: '=HYPERLINK("x")' },
    ]).split('\r\n');
    expect(lines[0]).toBe(
      'offering,title,tier,lifecycle,verdict,score,atRisk,dependencyRisks,movement,movementText,previousVerdict,previousScore,serviceLevelStatus,serviceLevelSummary,waivers,acceptedRisk,notReady',
    );
    expect(lines[1]).toBe(
      'serviceoffering:default/online-checkout,Online Checkout,tier-1,live,not-ready,71,yes,online-checkout → payment-processing (not ready),worse,"worse: ready → not ready, 84 → 71",ready,84,breached,99.69% available against 99.95% promised,2,"2 waivers: docs.techdocs, ops.runbook",component:default/fraud-screening',
    );
    // A title a spreadsheet would run as a formula is defused.
    expect(lines[2]).toBe(
      `serviceoffering:default/loyalty-programme,"'=HYPERLINK(""x"")",tier-3,,ready,80,no,,better,better: 62 → 80,ready,62,,,0,None,`,
    );
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });

  it('is named by the month it shows', () => {
    expect(executiveCsvName('2026-10')).toBe('smo-executive-view-2026-10.csv');
  });
});
