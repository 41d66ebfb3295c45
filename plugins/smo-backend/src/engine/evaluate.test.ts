import { Entity } from '@backstage/catalog-model';
import { Attestation, Waiver } from '@smo-backstage/plugin-smo-common';
import { readReadinessConfig } from '../config';
import { ConfigReader } from '@backstage/config';
import { EntityEvidence, evaluateEntity, NO_EVIDENCE } from './evaluate';
import { buildCheckPlan } from './plan';
import { SERVICE_LEVEL_FACT, ServiceLevelFact } from './checks/serviceLevel';
import {
  agreement,
  indexOf,
  NOW,
  offering,
  portfolio,
  processOwner,
  readyComponent,
} from '../__testUtils__/fixtures';

const plan = buildCheckPlan(readReadinessConfig(new ConfigReader({})), []);

const attest = (type: string, daysAgo: number): Attestation => ({
  id: type,
  entityRef: 'component:default/checkout',
  type,
  attestedBy: 'user:default/jane',
  attestedAt: NOW.minus({ days: daysAgo }).toISO()!,
});

const ALL_ATTESTED: EntityEvidence = {
  ...NO_EVIDENCE,
  attestations: [
    attest('restore-tested', 10),
    attest('security-review', 10),
    attest('rollback-tested', 10),
  ],
};

function run(
  entity: Entity = readyComponent(),
  catalog: Entity[] = portfolio(),
  evidence: EntityEvidence = ALL_ATTESTED,
) {
  const result = evaluateEntity(entity, indexOf(catalog), evidence, plan, NOW);
  const byId = Object.fromEntries(result.checks.map(c => [c.id, c]));
  return { result, byId };
}

const replaceEntity = (name: string, replacement: Entity) =>
  portfolio().map(e => (e.metadata.name === name ? replacement : e));

/** Runs the ready component in the portfolio with `replacement` instead of the entity of its name. */
const runReplacing = (replacement: Entity) =>
  run(readyComponent(), replaceEntity(replacement.metadata.name, replacement));

describe('evaluateEntity', () => {
  it('finds a fully prepared component ready with score 100', () => {
    const { result } = run();
    // Without an incident source nothing measures the service levels.
    expect(
      result.checks.filter(c => c.status !== 'pass').map(c => [c.id, c.status]),
    ).toEqual([['sla.attainment', 'not-applicable']]);
    expect(result).toMatchObject({
      entityRef: 'component:default/checkout',
      tier: 'tier-1',
      tierSource: {
        type: 'offering',
        entityRef: 'serviceoffering:default/online-checkout',
      },
      verdict: 'ready',
      score: 100,
      blockers: [],
      basis: {
        offerings: ['serviceoffering:default/online-checkout'],
        agreements: ['servicelevelagreement:default/gold'],
      },
    });
    expect(result.basis.processOwners.sort()).toEqual([
      'processowner:default/change',
      'processowner:default/incident',
      'processowner:default/problem',
    ]);
  });

  it('evaluates every built-in check id of the spec', () => {
    expect(
      run()
        .result.checks.map(c => c.id)
        .sort(),
    ).toEqual(
      [
        'offering.catalogued',
        'offering.owner',
        'offering.support-group',
        'sla.in-force',
        'sla.priority-targets',
        'sla.underpinned',
        'sla.attainment',
        'process.incident-owner',
        'process.change-owner',
        'process.problem-owner',
        'ops.owner',
        'ops.on-call',
        'ops.monitoring',
        'ops.runbook',
        'docs.techdocs',
        'continuity.recovery-objectives',
        'continuity.restore-tested',
        'security.review',
        'release.rollback-tested',
      ].sort(),
    );
  });

  describe('service catalogue', () => {
    it('fails offering.catalogued when nothing is delivered, and marks offering checks n/a', () => {
      const { byId, result } = run({ ...readyComponent(), relations: [] });
      expect(byId['offering.catalogued']).toMatchObject({
        status: 'fail',
        message: 'delivers no ServiceOffering that is not retired',
      });
      expect(byId['offering.owner'].status).toBe('not-applicable');
      expect(byId['offering.support-group'].status).toBe('not-applicable');
      expect(result.tierSource).toEqual({ type: 'default' });
      expect(result.tier).toBe('tier-3');
    });

    it('ignores retired offerings', () => {
      const { byId } = runReplacing(
        offering('online-checkout', { lifecycle: 'retired' }),
      );
      expect(byId['offering.catalogued'].status).toBe('fail');
    });

    it('fails offering.owner when the owner does not resolve', () => {
      // Owners differ, so the component confirms the claim by naming the offering.
      const { byId } = run(
        readyComponent({
          annotations: {
            ...readyComponent().metadata.annotations,
            'smo.backstage.io/service-offering': 'online-checkout',
          },
        }),
        replaceEntity(
          'online-checkout',
          offering('online-checkout', { owner: 'ghosts' }),
        ),
      );
      expect(byId['offering.owner']).toMatchObject({
        status: 'fail',
        message:
          "online-checkout is owned by 'ghosts', which is not a Group or User in the catalog",
      });
    });

    it('fails offering.support-group when missing or unresolved', () => {
      const missing = runReplacing(
        offering('online-checkout', { supportGroup: undefined }),
      );
      expect(missing.byId['offering.support-group'].message).toBe(
        'online-checkout has no supportGroup',
      );
      const unresolved = runReplacing(
        offering('online-checkout', { supportGroup: 'nobody' }),
      );
      expect(unresolved.byId['offering.support-group'].status).toBe('fail');
    });

    it('takes the tier from the tier annotation when no offering is delivered', () => {
      const entity = readyComponent({
        annotations: { 'smo.backstage.io/tier': 'tier-2' },
      });
      const { result } = run({ ...entity, relations: [] });
      expect(result).toMatchObject({
        tier: 'tier-2',
        tierSource: { type: 'annotation' },
      });
    });
  });

  describe('service level', () => {
    it('says when the SLA expired', () => {
      const { byId } = runReplacing(
        agreement('gold', { validUntil: '2026-03-31' }),
      );
      expect(byId['sla.in-force']).toMatchObject({
        status: 'fail',
        message: 'SLA gold is active but expired on 2026-03-31',
      });
      expect(byId['sla.priority-targets'].status).toBe('unknown');
      expect(byId['sla.underpinned'].status).toBe('unknown');
    });

    it('fails sla.in-force for drafts and when no SLA governs the offering', () => {
      const draft = runReplacing(agreement('gold', { status: 'draft' }));
      expect(draft.byId['sla.in-force'].message).toBe('SLA gold is draft');
      const none = runReplacing(
        offering('online-checkout', { serviceLevelAgreements: [] }),
      );
      expect(none.byId['sla.in-force'].message).toBe(
        'no SLA (type: sla) governs online-checkout',
      );
    });

    it('fails sla.priority-targets naming the missing targets', () => {
      const { byId } = runReplacing(
        agreement('gold', {
          targets: [{ priority: 'P1', metric: 'response', target: 'PT15M' }],
        }),
      );
      expect(byId['sla.priority-targets'].message).toBe(
        'SLA gold lacks targets for P1 resolution, P2 response, P2 resolution',
      );
    });

    it('fails sla.underpinned when the OLA is not in force', () => {
      const { byId } = runReplacing(
        agreement('ola-db', { type: 'ola', status: 'expired' }),
      );
      expect(byId['sla.underpinned'].status).toBe('fail');
    });

    describe('sla.attainment, from the last closed month of the SLAs of its offerings', () => {
      const GOLD = 'servicelevelagreement:default/gold';
      const withFact = (fact: ServiceLevelFact) =>
        run(readyComponent(), portfolio(), {
          ...ALL_ATTESTED,
          facts: { [SERVICE_LEVEL_FACT]: fact },
        }).byId['sla.attainment'];

      it('passes when every SLA met its targets or saw no incident', () => {
        expect(
          withFact({
            month: '2026-10',
            agreements: {
              [GOLD]: {
                status: 'met',
                summary: ['all 3 incidents within their targets'],
              },
            },
          }),
        ).toMatchObject({
          status: 'pass',
          severity: 'advisory',
          message:
            'SLA gold was met in 2026-10: all 3 incidents within their targets',
        });
        expect(
          withFact({
            month: '2026-10',
            agreements: {
              [GOLD]: { status: 'no-incidents', summary: ['no incidents'] },
            },
          }).status,
        ).toBe('pass');
      });

      it('fails on a breach, saying what was missed', () => {
        expect(
          withFact({
            month: '2026-10',
            agreements: {
              [GOLD]: {
                status: 'breached',
                summary: [
                  '99.62% available against 99.95% promised (2 h 50 min of outage)',
                  'the P1 incident resolved late',
                ],
              },
              // An agreement of another offering does not count here.
              'servicelevelagreement:default/other': {
                status: 'met',
                summary: [],
              },
            },
          }),
        ).toMatchObject({
          status: 'fail',
          message:
            'SLA gold was breached in 2026-10: 99.62% available against 99.95% promised (2 h 50 min of outage); the P1 incident resolved late',
        });
      });

      it('is not applicable without an incident source or without figures for its SLAs, and unknown when they cannot be read', () => {
        expect(run().byId['sla.attainment']).toMatchObject({
          status: 'not-applicable',
          message:
            'no incident source is configured, so service levels are not measured',
        });
        expect(withFact({ month: '2026-10', agreements: {} })).toMatchObject({
          status: 'not-applicable',
          message: 'no SLA of the delivered offerings was in force in 2026-10',
        });
        expect(withFact({ error: 'database is locked' })).toMatchObject({
          status: 'unknown',
          message:
            'the service-level figures could not be read: database is locked',
        });
      });
    });
  });

  describe('process ownership', () => {
    it('fails when no process owner covers the component', () => {
      const catalog = portfolio().filter(e => e.kind !== 'ProcessOwner');
      const { byId } = run(readyComponent(), catalog);
      expect(byId['process.incident-owner']).toMatchObject({
        status: 'fail',
        message:
          'no ProcessOwner for incident-management covers this component',
      });
    });

    it('honours scopes by offering, system, domain and owner group', () => {
      const scoped = (scope: string) =>
        runReplacing(processOwner('incident', 'incident-management', [scope]))
          .byId['process.incident-owner'].status;
      expect(scoped('serviceoffering:default/online-checkout')).toBe('pass');
      expect(scoped('system:default/shop')).toBe('pass');
      expect(scoped('domain:default/retail')).toBe('pass');
      expect(scoped('group:default/team-a')).toBe('pass');
      expect(scoped('system:default/other')).toBe('fail');
    });
  });

  describe('operations, knowledge and continuity', () => {
    it('fails ops checks on a bare component and says what is missing', () => {
      const bare: Entity = {
        ...readyComponent({ annotations: {}, links: [] }),
        spec: { type: 'service', owner: 'nobody' },
        relations: [],
      };
      const { byId } = run(bare);
      expect(byId['ops.owner']).toMatchObject({
        status: 'fail',
        message: 'owner nobody is not a Group in the catalog',
      });
      expect(byId['ops.on-call'].status).toBe('fail');
      expect(byId['ops.monitoring'].status).toBe('fail');
      expect(byId['ops.runbook'].status).toBe('fail');
      expect(byId['docs.techdocs'].status).toBe('fail');
      expect(byId['continuity.recovery-objectives'].message).toBe(
        'smo.backstage.io/rto is not set; smo.backstage.io/rpo is not set',
      );
    });

    it('accepts annotations instead of links', () => {
      const { byId } = run(
        readyComponent({
          links: [],
          annotations: {
            'smo.backstage.io/on-call': 'team-a-rota',
            'grafana/dashboard-selector': 'app=checkout',
            'smo.backstage.io/runbook': 'https://wiki/rb',
            'smo.backstage.io/rto': 'PT1H',
            'smo.backstage.io/rpo': 'PT5M',
          },
        }),
      );
      expect(byId['ops.monitoring'].status).toBe('pass');
      expect(byId['ops.runbook'].status).toBe('pass');
      expect(byId['ops.on-call'].status).toBe('pass');
    });

    it('rejects recovery objectives that are not ISO-8601 durations', () => {
      const { byId } = run(
        readyComponent({
          annotations: {
            'smo.backstage.io/rto': '4 hours',
            'smo.backstage.io/rpo': 'PT5M',
          },
        }),
      );
      expect(byId['continuity.recovery-objectives'].message).toBe(
        "smo.backstage.io/rto '4 hours' is not an ISO-8601 duration",
      );
    });

    it('gives an unknown ops.owner when spec.owner is missing', () => {
      const { byId } = run({
        ...readyComponent(),
        spec: { type: 'service' },
        relations: [],
      });
      expect(byId['ops.owner'].status).toBe('unknown');
    });
  });

  describe('attestations', () => {
    it('fails when none is recorded, passes while valid, fails once expired', () => {
      expect(
        run(readyComponent(), portfolio(), NO_EVIDENCE).byId['security.review']
          .message,
      ).toBe('no security-review attestation recorded');
      const fresh = run(readyComponent(), portfolio(), {
        ...NO_EVIDENCE,
        attestations: [attest('restore-tested', 179)],
      });
      expect(fresh.byId['continuity.restore-tested'].status).toBe('pass');
      const old = run(readyComponent(), portfolio(), {
        ...NO_EVIDENCE,
        attestations: [attest('restore-tested', 181)],
      });
      expect(old.byId['continuity.restore-tested']).toMatchObject({
        status: 'fail',
        message: `the last restore-tested attestation (${NOW.minus({
          days: 181,
        }).toISODate()}) has expired`,
      });
    });

    it('honours an explicit expiresAt earlier than the validity, in the verdict and in "valid until"', () => {
      const ending = (days: number): Attestation => ({
        ...attest('restore-tested', 10),
        expiresAt: NOW.plus({ days }).toISO()!,
      });
      const day = (days: number) => NOW.plus({ days }).toUTC().toISODate();
      expect(
        run(readyComponent(), portfolio(), {
          ...NO_EVIDENCE,
          attestations: [ending(5)],
        }).byId['continuity.restore-tested'],
      ).toMatchObject({
        status: 'pass',
        message: `restore-tested attested on ${NOW.minus({ days: 10 })
          .toUTC()
          .toISODate()}, valid until ${day(5)}`,
      });
      expect(
        run(readyComponent(), portfolio(), {
          ...NO_EVIDENCE,
          attestations: [ending(-1)],
        }).byId['continuity.restore-tested'].status,
      ).toBe('fail');
      // An older attestation still in force for longer keeps the check passing past the explicit expiry.
      expect(
        run(readyComponent(), portfolio(), {
          ...NO_EVIDENCE,
          attestations: [ending(5), attest('restore-tested', 20)],
        }).byId['continuity.restore-tested'].message,
      ).toMatch(new RegExp(`valid until ${day(160)}$`));
    });
  });

  describe('waivers, verdict and score', () => {
    const waiver = (
      checkId: string,
      expiresInDays: number,
      status: Waiver['status'] = 'approved',
    ): Waiver => ({
      id: 'w1',
      entityRef: 'component:default/checkout',
      checkId,
      justification: 'restore drill booked',
      requestedBy: 'user:default/dev',
      approvedBy: 'user:default/smo',
      status,
      createdAt: NOW.minus({ days: 1 }).toISO()!,
      expiresAt: NOW.plus({ days: expiresInDays }).toISO()!,
    });
    const withoutRestore: EntityEvidence = {
      ...ALL_ATTESTED,
      attestations: ALL_ATTESTED.attestations.filter(
        a => a.type !== 'restore-tested',
      ),
    };

    it('lists failing blocking checks as blockers', () => {
      const { result } = run(readyComponent(), portfolio(), withoutRestore);
      expect(result.verdict).toBe('not-ready');
      expect(result.blockers).toEqual(['continuity.restore-tested']);
      expect(result.score).toBe(Math.round((100 * 33) / 35));
    });

    it('turns a covered fail into waived, counting it as passing', () => {
      const { result, byId } = run(readyComponent(), portfolio(), {
        ...withoutRestore,
        waivers: [waiver('continuity.restore-tested', 10)],
      });
      expect(byId['continuity.restore-tested'].status).toBe('waived');
      expect(result).toMatchObject({
        verdict: 'ready',
        score: 100,
        blockers: [],
      });
    });

    it('ignores expired and unapproved waivers', () => {
      for (const w of [
        waiver('continuity.restore-tested', -1),
        waiver('continuity.restore-tested', 10, 'requested'),
      ]) {
        const { result } = run(readyComponent(), portfolio(), {
          ...withoutRestore,
          waivers: [w],
        });
        expect(result.verdict).toBe('not-ready');
      }
    });

    it('uses advisory severities for lower tiers', () => {
      const catalog = replaceEntity(
        'online-checkout',
        offering('online-checkout', { criticality: 'tier-4' }),
      );
      const { result, byId } = run(readyComponent(), catalog, withoutRestore);
      expect(byId['continuity.restore-tested'].severity).toBe('advisory');
      expect(result.verdict).toBe('ready');
    });

    it('turns a throwing check into error for that check only', () => {
      const throwing = plan.map(c =>
        c.id === 'ops.runbook'
          ? {
              ...c,
              evaluate: () => {
                throw new Error('boom');
              },
            }
          : c,
      );
      const result = evaluateEntity(
        readyComponent(),
        indexOf(portfolio()),
        ALL_ATTESTED,
        throwing,
        NOW,
      );
      const runbook = result.checks.find(c => c.id === 'ops.runbook')!;
      expect(runbook).toMatchObject({
        status: 'error',
        message: 'the check failed: boom',
      });
      expect(
        result.checks.filter(c => c.status === 'error').map(c => c.id),
      ).toEqual(['ops.runbook']);
      expect(result.blockers).toEqual(['ops.runbook']);
    });
  });
});
