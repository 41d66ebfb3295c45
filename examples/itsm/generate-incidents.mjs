// Writes examples/itsm/incidents.ndjson: a year of Northwind's incidents (December 2025 – November 2026) for the demo's
// service-level figures, as an ITSM export would give them (times with offsets, one record per line). Deterministic:
// the same file on every run. `node examples/itsm/generate-incidents.mjs` after changing it; the file is committed.
//
// The routine incidents are drawn from a seeded generator and mostly within targets. Written by hand on top:
// - September 2026: a P1 outage of Online Checkout, resolved after 5 h 30 min — past the SLA's 4 h and the Platform
//   Hosting OLA's 2 h: the OLA's miss causes the SLA's breach, and the month's availability falls short of 99.95%;
// - October 2026: a 2 h 10 min customer-facing outage of Online Checkout (P1, inside the 4 h), and two P2 incidents
//   resolved late;
// - November 2026: a 1 h 50 min outage of Online Checkout (P1, inside the 4 h, short of 99.95% availability);
// - an open P3 on the loyalty API, and one record from a sloppy export (priority "Sev2") that is skipped and counted.
import { writeFileSync } from 'node:fs';

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
// Minutes within which the support groups usually respond and resolve, per priority.
const USUAL = {
  P1: { respond: [3, 12], resolve: [40, 200] },
  P2: { respond: [5, 25], resolve: [60, 420] },
  P3: { respond: [20, 200], resolve: [240, 2880] },
  P4: { respond: [60, 1200], resolve: [1440, 10080] },
};
const SUMMARIES = {
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

// mulberry32: a small seeded generator, so the export is the same on every run.
let seed = 20261130;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const between = ([low, high]) => Math.round(low + random() * (high - low));
const pick = list => list[Math.floor(random() * list.length)];

// ISO with an offset, as exports give them: Berlin local time (+01:00 in winter, +02:00 in summer 2026).
function withOffset(ms) {
  const date = new Date(ms);
  const summer =
    date >= new Date('2026-03-29T01:00:00Z') &&
    date < new Date('2026-10-25T01:00:00Z');
  const hours = summer ? 2 : 1;
  const local = new Date(ms + hours * 3_600_000).toISOString().slice(0, 19);
  return `${local}+0${hours}:00`;
}
const MIN = 60_000;
const records = [];
let n = 30_000;
const add = (entity, priority, opened, respondMin, resolveMin, extra = {}) => {
  records.push({
    id: `INC-${++n}`,
    entityRef: entity.includes(':') ? entity : `component:default/${entity}`,
    priority,
    openedAt: withOffset(opened),
    ...(respondMin !== undefined && {
      respondedAt: withOffset(opened + respondMin * MIN),
    }),
    ...(resolveMin !== undefined && {
      resolvedAt: withOffset(opened + resolveMin * MIN),
    }),
    ...extra,
    summary: extra.summary ?? pick(SUMMARIES[priority]),
  });
};

// Routine incidents: 3–7 a month per component, mostly P3/P4, opened 06:00–22:00 UTC.
const start = Date.parse('2025-12-01T00:00:00Z');
for (let month = 0; month < 12; month++) {
  const first = new Date(start);
  first.setUTCMonth(first.getUTCMonth() + month);
  const days = new Date(
    Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0),
  ).getUTCDate();
  for (const component of COMPONENTS) {
    const count = 3 + Math.floor(random() * 5);
    for (let i = 0; i < count; i++) {
      const roll = random();
      const priority =
        roll < 0.03 ? 'P1' : roll < 0.18 ? 'P2' : roll < 0.55 ? 'P3' : 'P4';
      const opened =
        first.getTime() +
        Math.floor(random() * (days - 1)) * 86_400_000 +
        between([360, 1320]) * MIN;
      if (opened > Date.parse('2026-11-25T00:00:00Z')) continue;
      add(
        component,
        priority,
        opened,
        between(USUAL[priority].respond),
        between(USUAL[priority].resolve),
        {
          ...(priority === 'P1' && { outage: true }),
        },
      );
    }
  }
}

// September 2026: the OLA's miss breaks the SLA.
add('online-checkout-web', 'P1', Date.parse('2026-09-22T07:05:00Z'), 7, 330, {
  outage: true,
  summary:
    'Checkout down: platform database cluster failed over and did not come back',
});
// October 2026: a 2 h 10 min outage inside the 4 h target, and two P2s resolved past 8 h.
add('online-checkout-web', 'P1', Date.parse('2026-10-14T18:20:00Z'), 8, 130, {
  outage: true,
  summary:
    'Checkout unavailable: expired TLS certificate on the payment callback',
});
add('online-checkout-web', 'P2', Date.parse('2026-10-06T09:10:00Z'), 12, 610, {
  summary: 'Discount codes rejected at checkout',
});
add('online-checkout-web', 'P2', Date.parse('2026-10-27T16:40:00Z'), 25, 545, {
  summary: 'Basket totals wrong for mixed-currency orders',
});
// Still open.
add('loyalty-api', 'P3', Date.parse('2026-11-27T10:00:00Z'), 35, undefined, {
  summary: 'Points history slow for large accounts',
});
// A sloppy export line: skipped and counted.
records.push({
  id: `INC-${++n}`,
  entityRef: 'component:default/order-router',
  priority: 'Sev2',
  openedAt: withOffset(Date.parse('2026-06-03T12:00:00Z')),
  summary: 'Imported from the old tool',
});
// November 2026: a 1 h 50 min outage inside the 4 h target but past the month's 99.95% availability, so that the last
// closed month is breached through December 2026 too (added last: the ids above stay as they were).
add('online-checkout-web', 'P1', Date.parse('2026-11-18T19:40:00Z'), 6, 110, {
  outage: true,
  summary: 'Checkout unavailable: payment provider rate-limited the callback',
});

records.sort((a, b) => Date.parse(a.openedAt) - Date.parse(b.openedAt));
writeFileSync(
  new URL('incidents.ndjson', import.meta.url),
  `${records.map(r => JSON.stringify(r)).join('\n')}\n`,
);
console.log(`wrote ${records.length} incidents`);
