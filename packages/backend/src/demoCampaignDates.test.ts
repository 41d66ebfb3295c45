import { DateTime } from 'luxon';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { moveCampaignDates, monthsSinceWritten } from './demoCampaignDates';

const utc = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' });

describe('monthsSinceWritten', () => {
  it.each([
    ['2026-12-01T00:00:00Z', 0],
    ['2026-12-31T23:59:59Z', 0],
    ['2027-01-01T00:00:00Z', 1],
    ['2028-03-15T12:00:00Z', 15],
    ['2026-11-30T23:59:59Z', -1],
  ])(
    '%s is %i months after the month the dates were written for',
    (now, months) => {
      expect(monthsSinceWritten(utc(now))).toBe(months);
    },
  );
});

describe('moveCampaignDates', () => {
  const data = {
    app: { title: 'x' },
    smo: {
      readiness: { historyRetentionDays: 365 },
      improvement: {
        campaigns: [
          {
            id: 'a',
            start: '2026-10-31',
            deadlines: { 'tier-1': '2026-11-15', 'tier-3': '2027-01-31' },
          },
          {
            id: 'b',
            start: '2026-11-01',
            deadline: '2027-03-31',
            title: '2027-03-31 is a title',
          },
        ],
      },
    },
  };

  it("moves each campaign's start and deadlines by whole months, the last day of a shorter month kept in order", () => {
    expect(moveCampaignDates(data, 1)).toEqual({
      app: { title: 'x' },
      smo: {
        readiness: { historyRetentionDays: 365 },
        improvement: {
          campaigns: [
            {
              id: 'a',
              start: '2026-11-30',
              deadlines: { 'tier-1': '2026-12-15', 'tier-3': '2027-02-28' },
            },
            {
              id: 'b',
              start: '2026-12-01',
              deadline: '2027-04-30',
              title: '2027-03-31 is a title',
            },
          ],
        },
      },
    });
  });

  it('leaves config without campaigns, or a move of 0 months, as it is', () => {
    expect(moveCampaignDates(data, 0)).toBe(data);
    const other = { smo: { readiness: {} } };
    expect(moveCampaignDates(other, 5)).toBe(other);
  });
});

describe("the demo's campaigns in app-config.yaml, moved with the calendar", () => {
  const appConfig = parse(
    readFileSync(join(__dirname, '../../../app-config.yaml'), 'utf8'),
  );

  it.each([
    '2026-12-01T00:00:00Z',
    '2027-02-01T00:00:00Z',
    '2027-04-01T00:00:00Z',
    '2028-06-30T23:00:00Z',
  ])(
    'tell the same story at %s: the TechDocs campaign has passed its tier-1 deadline, the runbook campaign runs',
    at => {
      const now = utc(at);
      const moved = moveCampaignDates(
        appConfig,
        monthsSinceWritten(now),
      ) as any;
      const campaign = (id: string) =>
        moved.smo.improvement.campaigns.find(
          (c: { id: string }) => c.id === id,
        );
      const today = now.toISODate()!;
      const techdocs = campaign('techdocs-production');
      expect(techdocs.start < today).toBe(true);
      expect(techdocs.deadlines['tier-1'] < today).toBe(true);
      expect(techdocs.deadlines['tier-3'] > today).toBe(true);
      const runbooks = campaign('runbooks-2027');
      expect(runbooks.start <= today && today < runbooks.deadline).toBe(true);
    },
  );
});
