import { csvField, csvFileName, portfolioCsv } from './csv';
import { row } from './__testUtils__/rows';

describe('portfolioCsv', () => {
  it('writes a header and one line per row, lists space-separated', () => {
    expect(
      portfolioCsv([
        row('fraud-screening', {
          title: 'Fraud Screening',
          tier: 'tier-2',
          verdict: 'not-ready',
          score: 61,
          blockers: ['ops.runbook', 'continuity.recovery-objectives'],
          offerings: ['serviceoffering:default/payments'],
          ownerRef: 'group:default/team-payments',
          systemRef: 'system:default/payments',
        }),
        row('bare', { ownerRef: undefined, systemRef: undefined }),
      ]),
    ).toBe(
      'entityRef,title,tier,verdict,score,blockers,offerings,owner,system,evaluatedAt\r\n' +
        'component:default/fraud-screening,Fraud Screening,tier-2,not-ready,61,ops.runbook continuity.recovery-objectives,serviceoffering:default/payments,group:default/team-payments,system:default/payments,2026-11-23T10:00:00.000Z\r\n' +
        'component:default/bare,,tier-3,ready,100,,,,,2026-11-23T10:00:00.000Z\r\n',
    );
  });

  it('writes only the header for no rows', () => {
    expect(portfolioCsv([])).toBe(
      'entityRef,title,tier,verdict,score,blockers,offerings,owner,system,evaluatedAt\r\n',
    );
  });
});

describe('csvField', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvField('Click, Collect')).toBe('"Click, Collect"');
    expect(csvField('the "new" API')).toBe('"the ""new"" API"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('plain')).toBe('plain');
  });

  it('defuses spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-1')).toBe("'-1");
  });
});

describe('csvFileName', () => {
  it('names the file by date', () => {
    expect(csvFileName(new Date('2026-11-23T23:00:00Z'))).toBe(
      'smo-readiness-2026-11-23.csv',
    );
  });
});
