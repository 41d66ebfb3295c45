import { Knex } from 'knex';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { HANDOVER_ACTIONS } from '@smo-backstage/plugin-smo-common';
import { dbFingerprint } from '../__testUtils__/dbState';
import { startGatekeeperBackend } from '../__testUtils__/gatekeeperBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { migrationsDir } from '../store/migrations';
import {
  anyText,
  badId,
  badRef,
  BodyShape,
  breakers,
  brokenBody,
  notOneOf,
  RawBody,
} from '../__testUtils__/badInput';
import {
  componentsNamed,
  Harness,
  improvementRequest,
  refOf,
} from '../__testUtils__/harness';

/** Cases per mutating route; FUZZ_RUNS raises it for a deeper local run. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = 20261123;

const ENTITY = refOf('fuzz-target');
const ATTESTATION_TYPES = [
  'restore-tested',
  'security-review',
  'rollback-tested',
];

interface FuzzRoute {
  /** Who calls: a user granted the permission, so only the input can be the reason to refuse. */
  caller: 'alice' | 'sam' | 'jane';
  /** Path and body of one bad request. */
  request: fc.Arbitrary<{ path: string; body: unknown }>;
}

const withPath = (
  paths: fc.Arbitrary<string>,
  shape: BodyShape,
): FuzzRoute['request'] => fc.record({ path: paths, body: brokenBody(shape) });

/** Mostly the real resource (so the body is what is wrong), sometimes a bad or unknown id. */
const idPath = (collection: string, id: () => string, suffix: string) =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.constant(0).map(() => `${collection}/${id()}${suffix}`),
    },
    {
      weight: 1,
      arbitrary: badId.map(
        b => `${collection}/${encodeURIComponent(b)}${suffix}`,
      ),
    },
  );

const comment = fc.option(anyText, { nil: undefined });
const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const defined = (body: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));

/** Matches any 4xx status. */
const clientError = {
  asymmetricMatch: (status: unknown) =>
    typeof status === 'number' && status >= 400 && status < 500,
  toString: () => 'a 4xx status',
  toAsymmetricMatcher: () => 'a 4xx status',
};

/** Whether `u` is an http(s) URL of at most `max` characters (code points, as the schema counts them). */
function isHttpUrl(u: unknown, max: number): boolean {
  if (typeof u !== 'string' || [...u].length > max) return false;
  try {
    return ['http:', 'https:'].includes(new URL(u).protocol);
  } catch {
    return false;
  }
}

const databases = createTestDatabases();

describe('bad input never gets past validation', () => {
  let db: Knex;
  let h: Harness;
  const ids = { requested: '', approved: '', handover: '', improvement: '' };
  const checkIds: string[] = [];
  const figures: string[] = [];

  beforeAll(async () => {
    db = await databases.init('SQLITE_3');
    await db.migrate.latest({ directory: migrationsDir });
    const backend = await startGatekeeperBackend(
      componentsNamed(['fuzz-target', 'fuzz-other']),
      {},
      { knex: db },
    );
    h = new Harness(backend.server);
    // Something in every table, so that "unchanged" means something.
    ids.requested = await h.waiverIn('requested', ENTITY);
    ids.approved = await h.waiverIn('approved', ENTITY, 'ops.runbook');
    ids.handover = (await h.handoverIn('submitted', ENTITY)).id;
    await h.ok('alice', `/handovers/${ids.handover}/sign-offs`, {
      role: 'service-owner',
      decision: 'approve',
    });
    await h.makeReady(refOf('fuzz-other'));
    ids.improvement = (
      await h.ok('alice', '/improvements', {
        ...improvementRequest(ENTITY),
        evidence: [{ url: 'https://wiki.example/a', title: 'Minutes' }],
      })
    ).id;
    const checks = await h.get('alice', '/checks');
    checkIds.push(...checks.body.items.map((c: { id: string }) => c.id));
  });

  afterAll(() => {
    console.log(`bad input fuzz (seed ${SEED}):\n  ${figures.join('\n  ')}`);
  });

  const ROUTES: Record<string, () => FuzzRoute> = {
    'POST /readiness/{kind}/{namespace}/{name}/refresh': () => ({
      caller: 'alice',
      request: fc.record({
        path: fc
          .tuple(
            fc.oneof(fc.constantFrom('component', 'group', 'x'), anyText),
            fc.oneof(fc.constantFrom('default', 'DEFAULT', '.'), anyText),
            fc.oneof(badRef, anyText, fc.constant('x'.repeat(300))),
          )
          .filter(
            ([k, ns, n]) =>
              `${k}:${ns}/${n}`.toLowerCase() !==
              'component:default/fuzz-target',
          )
          .filter(
            ([k, ns, n]) =>
              `${k}:${ns}/${n}`.toLowerCase() !==
              'component:default/fuzz-other',
          )
          .filter(
            ([k, ns, n]) =>
              `${k}:${ns}/${n}`.toLowerCase() !== 'component:default/checkout',
          )
          .map(
            parts =>
              `/readiness/${parts.map(encodeURIComponent).join('/')}/refresh`,
          ),
        body: fc.oneof(
          fc.constant(undefined),
          fc.dictionary(fc.string(), fc.anything()),
        ),
      }),
    }),
    'POST /attestations': () => ({
      caller: 'alice',
      request: withPath(fc.constant('/attestations'), {
        valid: fc
          .record({
            entityRef: fc.constant(ENTITY),
            type: fc.constantFrom(...ATTESTATION_TYPES),
            evidenceUrl: optional(fc.webUrl()),
            note: optional(anyText),
          })
          .map(defined),
        required: ['entityRef', 'type'],
        breakers: {
          entityRef: breakers.ref,
          type: fc.oneof(breakers.text(128), notOneOf(ATTESTATION_TYPES)),
          evidenceUrl: breakers.url,
          note: breakers.optionalText(4000),
        },
      }),
    }),
    'POST /waivers': () => ({
      caller: 'alice',
      request: withPath(fc.constant('/waivers'), {
        valid: fc.record({
          entityRef: fc.constant(ENTITY),
          checkId: fc.constantFrom(...checkIds),
          justification: anyText,
          expiresAt: fc
            .integer({ min: 1, max: 89 })
            .map(d => DateTime.utc().plus({ days: d }).toISO()!),
        }),
        required: ['entityRef', 'checkId', 'justification', 'expiresAt'],
        breakers: {
          entityRef: breakers.ref,
          checkId: fc.oneof(breakers.text(128), notOneOf(checkIds)),
          justification: breakers.text(4000),
          expiresAt: breakers.date,
        },
      }),
    }),
    'POST /waivers/{id}/decision': () => ({
      caller: 'sam',
      request: withPath(
        idPath('/waivers', () => ids.requested, '/decision'),
        {
          valid: fc
            .record({ decision: fc.constantFrom('approve', 'reject'), comment })
            .map(defined),
          required: ['decision'],
          breakers: {
            decision: breakers.enumOf(['approve', 'reject']),
            comment: breakers.optionalText(4000),
          },
        },
      ),
    }),
    'POST /waivers/{id}/revoke': () => ({
      caller: 'sam',
      request: withPath(
        idPath('/waivers', () => ids.approved, '/revoke'),
        {
          valid: fc.record({ comment: anyText }),
          required: ['comment'],
          breakers: { comment: breakers.text(4000) },
        },
      ),
    }),
    'POST /handovers': () => ({
      caller: 'alice',
      request: withPath(fc.constant('/handovers'), {
        valid: fc.record({ entityRef: fc.constantFrom(refOf('fuzz-other')) }),
        required: ['entityRef'],
        breakers: { entityRef: breakers.ref },
      }),
    }),
    'POST /handovers/{id}/transitions': () => ({
      caller: 'sam',
      request: withPath(
        idPath('/handovers', () => ids.handover, '/transitions'),
        {
          valid: fc
            .record({
              action: fc.constantFrom('start-review', 'reject', 'withdraw'),
              version: fc.constant(2),
              comment,
            })
            .map(defined),
          required: ['action', 'version'],
          breakers: {
            action: breakers.enumOf(HANDOVER_ACTIONS),
            version: breakers.version,
            comment: breakers.optionalText(4000),
          },
        },
      ),
    }),
    'POST /handovers/{id}/sign-offs': () => ({
      caller: 'alice',
      request: withPath(
        idPath('/handovers', () => ids.handover, '/sign-offs'),
        {
          valid: fc
            .record({
              role: fc.constant('service-owner'),
              decision: fc.constantFrom('approve', 'reject'),
              comment,
            })
            .map(defined),
          required: ['role', 'decision'],
          breakers: {
            role: breakers.enumOf([
              'service-owner',
              'smo-approver',
              'incident-process-owner',
              'change-process-owner',
            ]),
            decision: breakers.enumOf(['approve', 'reject']),
            comment: breakers.optionalText(4000),
          },
        },
      ),
    }),
    'POST /improvements': () => ({
      caller: 'alice',
      request: withPath(fc.constant('/improvements'), {
        valid: fc.record({
          title: anyText.map(t => t.slice(0, 200)),
          entityRef: fc.constant(ENTITY),
          problem: anyText,
          goal: fc.constant({ type: 'check', checkId: 'docs.techdocs' }),
          ownerRef: fc.constantFrom(
            'group:default/team-a',
            'user:default/alice',
          ),
          dueDate: fc
            .integer({ min: 0, max: 365 })
            .map(d => DateTime.utc().plus({ days: d }).toISODate()!),
        }),
        required: [
          'title',
          'entityRef',
          'problem',
          'goal',
          'ownerRef',
          'dueDate',
        ],
        breakers: {
          title: breakers.text(200),
          entityRef: breakers.ref,
          problem: breakers.text(4000),
          goal: fc.oneof(
            fc.constantFrom(
              null,
              'docs.techdocs',
              {},
              { type: 'check' },
              { type: 'check', checkId: 'no.such.check' },
              { type: 'check', checkId: 'docs.techdocs', extra: 1 },
              { type: 'service-level' },
              {
                type: 'service-level',
                agreementRef: 'servicelevelagreement:default/gold',
                metric: 'availability',
              },
              {
                type: 'service-level',
                agreementRef: 'servicelevelagreement:default/nope',
                metric: 'availability',
                target: 99,
              },
              {
                type: 'service-level',
                agreementRef: 'servicelevelagreement:default/gold',
                metric: 'uptime',
                target: 99,
              },
              {
                type: 'service-level',
                agreementRef: 'servicelevelagreement:default/gold',
                metric: 'availability',
                target: 101,
              },
            ),
            fc.record({ type: notOneOf(['check', 'service-level']) }),
          ),
          ownerRef: breakers.ref,
          dueDate: fc.oneof(
            breakers.date,
            fc.constantFrom('2020-01-01', '2026-02-30', '2026-13-01'),
          ),
          suggestionKey: fc.oneof(
            breakers.optionalText(512),
            fc.constantFrom(
              'breached-month:servicelevelagreement:default/gold:2020-01',
              'renewed-waiver:nope',
              'rejected-handover:nope',
              'missed-campaign:nope:component:default/fuzz-target',
            ),
          ),
          evidence: fc.oneof(
            breakers.optionalText(10),
            fc.constant([{ url: 'ftp://x', title: 'x' }]),
            fc.constant([{ url: 'https://a b', title: 'x' }]),
            fc.constant([{ url: 'https://x.example' }]),
          ),
        },
      }),
    }),
    'POST /improvements/{id}/transitions': () => ({
      caller: 'jane',
      request: withPath(
        idPath('/improvements', () => ids.improvement, '/transitions'),
        {
          valid: fc.record({
            action: fc.constantFrom('approve', 'abandon'),
            version: fc.constant(1),
            comment: anyText,
          }),
          required: ['action', 'version'],
          breakers: {
            action: breakers.enumOf(['approve', 'start', 'abandon']),
            version: breakers.version,
            comment: breakers.optionalText(4000),
          },
        },
      ),
    }),
    'POST /improvements/{id}/close': () => ({
      caller: 'alice',
      request: withPath(
        idPath('/improvements', () => ids.improvement, '/close'),
        {
          valid: fc.record({ version: fc.constant(1), comment }).map(defined),
          required: ['version'],
          breakers: {
            version: breakers.version,
            comment: breakers.optionalText(4000),
          },
        },
      ),
    }),
    'POST /improvements/{id}/evidence': () => ({
      caller: 'alice',
      request: withPath(
        idPath('/improvements', () => ids.improvement, '/evidence'),
        {
          valid: fc.record({
            url: fc.webUrl().filter(u => u.length <= 2048),
            title: anyText.map(t => t.slice(0, 200)),
          }),
          required: ['url', 'title'],
          breakers: {
            // The shared URL breakers assume 2000 characters at most; a link may have 2048, so a long but valid one
            // (an IDN host of 2000 emoji, say) is not bad input here.
            url: breakers.url.filter(u => !isHttpUrl(u, 2048)),
            title: breakers.text(200),
          },
        },
      ),
    }),
  };

  it.each(Object.keys(ROUTES))(
    '%s: 4xx with a message, data unchanged',
    async route => {
      const { caller, request } = ROUTES[route]();
      const before = await dbFingerprint(db);
      const statuses = new Map<number, number>();
      const started = Date.now();
      await fc.assert(
        fc.asyncProperty(request, async ({ path, body }) => {
          const req = h.call(caller, 'post', path);
          if (body !== undefined) {
            req
              .set('Content-Type', 'application/json')
              .send(body instanceof RawBody ? body.text : JSON.stringify(body));
          }
          const res = await req;
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          expect({
            path,
            body,
            status: res.status,
            error: res.body?.error,
          }).toEqual({
            path,
            body,
            status: clientError,
            error: expect.objectContaining({
              message: expect.stringMatching(/\S/),
            }),
          });
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
      expect(await dbFingerprint(db)).toEqual(before);
      figures.push(
        `${route}: ${RUNS} cases in ${
          Date.now() - started
        } ms, statuses ${JSON.stringify(
          Object.fromEntries([...statuses].sort()),
        )}`,
      );
    },
  );
});
