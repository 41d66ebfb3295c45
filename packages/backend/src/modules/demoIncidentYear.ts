import { DateTime } from 'luxon';

/** An incident as an ITSM export gives it: times in ISO with an offset. */
export interface DemoIncident {
  id: string;
  entityRef: string;
  priority: string;
  openedAt: string;
  respondedAt?: string;
  resolvedAt?: string;
  outage?: boolean;
  summary: string;
}

const COMPONENTS = [
  'online-checkout-web',
  'payments-gateway',
  'fraud-screening',
  'inventory-sync',
  'order-router',
  'edge-gateway',
  'product-search',
  'loyalty-api',
];
// How often each priority comes up: P1 3%, P2 15%, P3 37%, P4 the rest.
const PRIORITY_SHARES: [string, number][] = [
  ['P1', 0.03],
  ['P2', 0.18],
  ['P3', 0.55],
  ['P4', 1],
];
// Minutes within which the support groups usually respond and resolve, per priority.
const USUAL: Record<string, { respond: number[]; resolve: number[] }> = {
  P1: { respond: [3, 12], resolve: [40, 200] },
  P2: { respond: [5, 25], resolve: [60, 420] },
  P3: { respond: [20, 200], resolve: [240, 2880] },
  P4: { respond: [60, 1200], resolve: [1440, 10080] },
};
const SUMMARIES: Record<string, string[]> = {
  P1: ['Service unavailable for all customers', 'Error rate above 50%'],
  P2: [
    'Checkout slow for some customers',
    'Intermittent 502s from the edge',
    'Queue backlog growing',
  ],
  P3: [
    'Search results stale',
    'Report export failing',
    'Slow page for large accounts',
  ],
  P4: [
    'Typo in confirmation e-mail',
    'Dashboard panel empty',
    'Log noise after deploy',
  ],
};

/** mulberry32: a small seeded generator, so the same month gives the same incidents. */
function seeded(start: number) {
  let seed = start;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Northwind's incidents of the twelve calendar months (UTC) before the month of `now`, as the demo's service levels
 * read them. Relative to `now` so that the demo tells the same stories whenever it starts: routine incidents, mostly
 * within target, and on top, by hand (months counted back from the running one):
 * - 3 months back: a P1 outage of Online Checkout resolved after 5 h 30 min — past the SLA's 4 h and the Platform
 *   Hosting OLA's 2 h: the OLA's miss causes the SLA's breach, and the month's availability falls short of 99.95%;
 * - 2 months back: a 2 h 10 min outage of Online Checkout (P1, inside the 4 h) and two P2 incidents resolved late;
 * - the last closed month: a 1 h 50 min outage of Online Checkout (P1, inside the 4 h, short of 99.95% availability),
 *   so the SLA's last closed month is breached (the improvement suggestion's story);
 * - an open P3 on the loyalty API, and one record from a sloppy export (priority "Sev2"), skipped and counted.
 * Deterministic for a given month; times in Berlin local time with their offset, as exports give them.
 */
export function demoIncidentYear(now: DateTime): DemoIncident[] {
  const running = now.toUTC().startOf('month');
  const monthsBack = (months: number) => running.minus({ months });
  /** A moment `months` back from the running month, on `day` at `time` (UTC). */
  const at = (months: number, day: number, time: string) => {
    const [hour, minute] = time.split(':').map(Number);
    return monthsBack(months).set({ day, hour, minute }).toMillis();
  };
  const random = seeded(20261130);
  const between = ([low, high]: number[]) =>
    Math.round(low + random() * (high - low));
  const pick = (list: string[]) => list[Math.floor(random() * list.length)];
  const iso = (ms: number) =>
    DateTime.fromMillis(ms, { zone: 'Europe/Berlin' }).toISO({
      suppressMilliseconds: true,
    })!;

  const records: DemoIncident[] = [];
  let n = 30_000;
  const add = (
    component: string,
    priority: string,
    opened: number,
    respondMin: number | undefined,
    resolveMin: number | undefined,
    extra: { outage?: boolean; summary?: string } = {},
  ) => {
    records.push({
      id: `INC-${++n}`,
      entityRef: `component:default/${component}`,
      priority,
      openedAt: iso(opened),
      ...(respondMin !== undefined && {
        respondedAt: iso(opened + respondMin * 60_000),
      }),
      ...(resolveMin !== undefined && {
        resolvedAt: iso(opened + resolveMin * 60_000),
      }),
      ...extra,
      summary: extra.summary ?? pick(SUMMARIES[priority]),
    });
  };

  // Routine incidents: 3–7 a month per component, mostly P3/P4, opened 06:00–22:00 UTC, none in the last closed
  // month's final days (the open one below is the latest).
  const cutOff = at(1, 25, '00:00');
  for (let back = 12; back >= 1; back--) {
    const first = monthsBack(back);
    for (const component of COMPONENTS) {
      const count = 3 + Math.floor(random() * 5);
      for (let i = 0; i < count; i++) {
        const roll = random();
        const priority = PRIORITY_SHARES.find(([, below]) => roll < below)![0];
        const opened =
          first.toMillis() +
          Math.floor(random() * (first.daysInMonth! - 1)) * 86_400_000 +
          between([360, 1320]) * 60_000;
        if (opened > cutOff) continue;
        add(
          component,
          priority,
          opened,
          between(USUAL[priority].respond),
          between(USUAL[priority].resolve),
          priority === 'P1' ? { outage: true } : {},
        );
      }
    }
  }

  add('online-checkout-web', 'P1', at(3, 22, '07:05'), 7, 330, {
    outage: true,
    summary:
      'Checkout down: platform database cluster failed over and did not come back',
  });
  add('online-checkout-web', 'P1', at(2, 14, '18:20'), 8, 130, {
    outage: true,
    summary:
      'Checkout unavailable: expired TLS certificate on the payment callback',
  });
  add('online-checkout-web', 'P2', at(2, 6, '09:10'), 12, 610, {
    summary: 'Discount codes rejected at checkout',
  });
  add('online-checkout-web', 'P2', at(2, 27, '16:40'), 25, 545, {
    summary: 'Basket totals wrong for mixed-currency orders',
  });
  add('loyalty-api', 'P3', at(1, 27, '10:00'), 35, undefined, {
    summary: 'Points history slow for large accounts',
  });
  add('online-checkout-web', 'P1', at(1, 18, '19:40'), 6, 110, {
    outage: true,
    summary: 'Checkout unavailable: payment provider rate-limited the callback',
  });
  records.push({
    id: `INC-${++n}`,
    entityRef: 'component:default/order-router',
    priority: 'Sev2',
    openedAt: iso(at(6, 3, '12:00')),
    summary: 'Imported from the old tool',
  });

  return records.sort(
    (a, b) => Date.parse(a.openedAt) - Date.parse(b.openedAt),
  );
}
