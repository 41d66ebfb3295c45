import {
  parseServiceHours,
  SERVICE_HOURS_24X7,
  SERVICE_HOURS_BUSINESS,
  ServiceHours,
  serviceMillis,
} from './serviceHours';

const HOUR = 3_600_000;
const hoursOf = (text: string): ServiceHours => {
  const parsed = parseServiceHours(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.hours;
};
const between = (hours: ServiceHours, from: string, to: string) =>
  serviceMillis(hours, new Date(from), new Date(to)) / HOUR;

describe('parseServiceHours', () => {
  it('reads 24x7 (also when absent), business-hours and calendars', () => {
    expect(parseServiceHours(undefined)).toEqual({ hours: SERVICE_HOURS_24X7 });
    expect(parseServiceHours('24x7')).toEqual({ hours: SERVICE_HOURS_24X7 });
    expect(parseServiceHours('business-hours')).toEqual({
      hours: SERVICE_HOURS_BUSINESS,
    });
    expect(parseServiceHours('Mon-Fri 08:00-18:00 Europe/Berlin')).toEqual({
      hours: {
        label: 'Mon-Fri 08:00-18:00 Europe/Berlin',
        days: [1, 2, 3, 4, 5],
        start: 480,
        end: 1080,
        zone: 'Europe/Berlin',
      },
    });
    expect(
      parseServiceHours('Sat,Mon,Wed 00:00-24:00 America/New_York'),
    ).toMatchObject({ hours: { days: [1, 3, 6], start: 0, end: 1440 } });
  });

  it.each([
    ['Mon-Fri 18:00-08:00 Europe/Berlin', 'must end after it starts'],
    [
      'Mon-Fri 08:00-18:00 Mars/Olympus',
      '"Mars/Olympus" is not an IANA time zone',
    ],
    ['Mon-Funday 08:00-18:00 UTC', 'is not a range'],
    ['Fri-Mon 08:00-18:00 UTC', 'is not a range'],
    ['Mon-Fri 08:00-25:00 UTC', 'is not a time range of a day'],
    ['Mon-Fri 08:60-18:00 UTC', 'is not a time range of a day'],
    ['weekdays', 'is not 24x7, business-hours'],
  ])('refuses %p, saying why', (text, why) => {
    const parsed = parseServiceHours(text);
    expect('error' in parsed && parsed.error).toContain(why);
  });
});

describe('serviceMillis', () => {
  const berlin = hoursOf('Mon-Fri 08:00-18:00 Europe/Berlin');

  it('24x7 is the elapsed time, daylight saving or not', () => {
    expect(
      between(
        SERVICE_HOURS_24X7,
        '2026-03-28T12:00:00Z',
        '2026-03-30T12:00:00Z',
      ),
    ).toBe(48);
    expect(
      between(
        SERVICE_HOURS_24X7,
        '2026-01-02T00:00:00Z',
        '2026-01-01T00:00:00Z',
      ),
    ).toBe(0);
  });

  it('business hours stop over the weekend: Friday 16:00 to Monday 10:00 is two hours', () => {
    // 2026-11-27 is a Friday.
    expect(
      between(
        SERVICE_HOURS_BUSINESS,
        '2026-11-27T16:00:00Z',
        '2026-11-30T10:00:00Z',
      ),
    ).toBe(2);
    // Logged on Saturday, answered on Sunday: no service time at all.
    expect(
      between(
        SERVICE_HOURS_BUSINESS,
        '2026-11-28T10:00:00Z',
        '2026-11-29T15:00:00Z',
      ),
    ).toBe(0);
  });

  it('a calendar in Europe/Berlin follows the spring change (29 March 2026)', () => {
    // Friday 17:00 CET (16:00Z) to Monday 09:00 CEST (07:00Z): one hour each side of the weekend.
    expect(
      between(berlin, '2026-03-27T16:00:00Z', '2026-03-30T07:00:00Z'),
    ).toBe(2);
    // Monday after the change: 08:00-18:00 CEST is 06:00Z-16:00Z.
    expect(
      between(berlin, '2026-03-30T00:00:00Z', '2026-03-31T00:00:00Z'),
    ).toBe(10);
    expect(
      between(berlin, '2026-03-30T05:00:00Z', '2026-03-30T07:00:00Z'),
    ).toBe(1);
  });

  it('and the autumn change (25 October 2026): the whole-day calendar has a 25-hour Sunday', () => {
    const allDay = hoursOf('Mon-Sun 00:00-24:00 Europe/Berlin');
    // Sunday 25 October 2026 in Berlin: 00:00 CEST (24 Oct 22:00Z) to 24:00 CET (25 Oct 23:00Z).
    expect(
      between(allDay, '2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z'),
    ).toBe(25);
    const springSunday = hoursOf('Sun 00:00-24:00 Europe/Berlin');
    expect(
      between(springSunday, '2026-03-28T00:00:00Z', '2026-03-31T00:00:00Z'),
    ).toBe(23);
  });

  it('counts a month to its last minute: October 2026 has 22 working days of 8 business hours', () => {
    expect(
      between(
        SERVICE_HOURS_BUSINESS,
        '2026-10-01T00:00:00Z',
        '2026-11-01T00:00:00Z',
      ),
    ).toBe(22 * 8);
    // An incident across the month end: Friday 30 October 16:00 to Monday 2 November 10:00.
    expect(
      between(
        SERVICE_HOURS_BUSINESS,
        '2026-10-30T16:00:00Z',
        '2026-11-02T10:00:00Z',
      ),
    ).toBe(2);
  });
});
