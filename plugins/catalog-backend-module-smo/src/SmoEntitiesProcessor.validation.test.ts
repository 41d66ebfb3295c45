import { Entity } from '@backstage/catalog-model';
import { SmoEntitiesProcessor } from './SmoEntitiesProcessor';
import {
  agreement,
  component,
  offering,
  patch,
  processOwner,
} from '@smo-backstage/plugin-smo-common/testUtils';

const processor = new SmoEntitiesProcessor();
const validate = (entity: Entity) => processor.validateEntityKind(entity);

/** A rejection: what is wrong, the spec fields that make it so, and the message after the entity's prefix. */
type Rejection = [string, Record<string, unknown>, string];

/** One test per rejection: `base()` patched with its spec fields is rejected with `prefix` and its message. */
function itRejects(
  base: () => Entity,
  prefix: string,
  rejections: Rejection[],
) {
  it.each(rejections)('rejects %s', async (_, spec, message) => {
    await expect(validate(patch(base(), spec))).rejects.toThrow(
      `${prefix}${message}`,
    );
  });
}

const SO = 'ServiceOffering default/online-checkout: ';
const SLA = 'ServiceLevelAgreement default/sla-online-checkout: ';
const PO = 'ProcessOwner default/change-enablement: ';

describe('SmoEntitiesProcessor.validateEntityKind', () => {
  it.each([
    ['ServiceOffering', offering()],
    ['ServiceLevelAgreement', agreement()],
    ['ProcessOwner', processOwner()],
  ])('accepts a valid %s', async (_, entity) => {
    await expect(validate(entity)).resolves.toBe(true);
  });

  it('accepts minimal entities of each kind', async () => {
    const minimal = [
      patch(offering(), {
        lifecycle: 'pipeline',
        supportGroup: undefined,
        changeApprovalGroup: undefined,
        serviceLevelAgreements: undefined,
        components: undefined,
        system: undefined,
        dependsOn: undefined,
      }),
      patch(agreement(), {
        customer: undefined,
        serviceHours: undefined,
        validFrom: undefined,
        validUntil: undefined,
        availability: undefined,
        underpinnedBy: undefined,
      }),
      patch(processOwner(), { managers: undefined, scope: [] }),
    ];
    for (const entity of minimal) {
      await expect(validate(entity)).resolves.toBe(true);
    }
  });

  it('leaves other kinds and apiVersions to other processors', async () => {
    await expect(validate(component())).resolves.toBe(false);
    await expect(
      validate({ ...offering(), apiVersion: 'backstage.io/v1alpha1' }),
    ).resolves.toBe(false);
    await expect(
      validate({ ...offering(), apiVersion: 'smo.backstage.io/v2' }),
    ).resolves.toBe(false);
  });

  it('throws an InputError that lists every problem', async () => {
    const error = await validate(
      patch(agreement(), {
        validFrom: '2026-02-30',
        targets: [{ priority: 'P1', metric: 'response', target: 'P1H' }],
      }),
    ).catch(e => e);
    expect(error.name).toBe('InputError');
    expect(error.message).toBe(
      `${SLA}spec.targets[0].target "P1H" is not an ISO-8601 duration (e.g. PT15M); ` +
        'spec.validFrom "2026-02-30" is not a valid calendar date (YYYY-MM-DD)',
    );
  });

  it('names the namespace of the entity', async () => {
    await expect(
      validate(
        patch(offering(), { owner: undefined }, { namespace: 'retail' }),
      ),
    ).rejects.toThrow(
      'ServiceOffering retail/online-checkout: spec.owner is required',
    );
  });

  describe('ServiceOffering', () => {
    itRejects(offering, SO, [
      ['missing spec.type', { type: undefined }, 'spec.type is required'],
      [
        'missing spec.lifecycle',
        { lifecycle: undefined },
        'spec.lifecycle is required',
      ],
      ['missing spec.owner', { owner: undefined }, 'spec.owner is required'],
      [
        'missing spec.criticality',
        { criticality: undefined },
        'spec.criticality is required',
      ],
      [
        'live without supportGroup',
        { supportGroup: undefined },
        'spec.supportGroup is required',
      ],
      [
        'unknown type',
        { type: 'customer' },
        'spec.type "customer" must be one of business, technical',
      ],
      [
        'unknown lifecycle',
        { lifecycle: 'production' },
        'spec.lifecycle "production" must be one of pipeline, transition, live, retired',
      ],
      [
        'unknown criticality',
        { criticality: 'tier-0' },
        'spec.criticality "tier-0" must be one of tier-1, tier-2, tier-3, tier-4',
      ],
      [
        'empty owner',
        { owner: '' },
        'spec.owner "" must NOT have fewer than 1 characters',
      ],
      ['owner not a string', { owner: 42 }, 'spec.owner 42 must be string'],
      [
        'components not a list',
        { components: 'checkout-web' },
        'spec.components "checkout-web" must be array',
      ],
      [
        'serviceLevelAgreements not a list',
        { serviceLevelAgreements: 'sla-online-checkout' },
        'spec.serviceLevelAgreements "sla-online-checkout" must be array',
      ],
      [
        'dependsOn with a non-string item',
        { dependsOn: ['payment-processing', 7] },
        'spec.dependsOn[1] 7 must be string',
      ],
      [
        'a component ref of another kind',
        { components: ['checkout-web', 'api:checkout-api'] },
        'spec.components[1] "api:checkout-api" must refer to a Component, not kind api',
      ],
      [
        'an owner that is not a Group or User',
        { owner: 'component:checkout-web' },
        'spec.owner "component:checkout-web" must refer to a Group or User, not kind component',
      ],
      [
        'a support group that is a User',
        { supportGroup: 'user:jane' },
        'spec.supportGroup "user:jane" must refer to a Group, not kind user',
      ],
      [
        'a change approval group that is a User',
        { changeApprovalGroup: 'user:jane' },
        'spec.changeApprovalGroup "user:jane" must refer to a Group, not kind user',
      ],
      [
        'an agreement ref of another kind',
        { serviceLevelAgreements: ['group:smo'] },
        'spec.serviceLevelAgreements[0] "group:smo" must refer to a ServiceLevelAgreement, not kind group',
      ],
      [
        'a system ref of another kind',
        { system: 'domain:retail' },
        'spec.system "domain:retail" must refer to a System, not kind domain',
      ],
      [
        'a dependsOn ref of another kind',
        { dependsOn: ['component:payments'] },
        'spec.dependsOn[0] "component:payments" must refer to a ServiceOffering, not kind component',
      ],
      [
        'a malformed ref',
        { owner: 'group:' },
        'spec.owner "group:" is not a valid entity ref',
      ],
    ]);

    it('rejects a missing spec', async () => {
      await expect(
        validate({ ...offering(), spec: undefined } as unknown as Entity),
      ).rejects.toThrow(`${SO}spec is required`);
    });

    it.each(['pipeline', 'transition', 'retired'])(
      'does not require supportGroup when %s',
      async lifecycle => {
        await expect(
          validate(patch(offering(), { lifecycle, supportGroup: undefined })),
        ).resolves.toBe(true);
      },
    );
  });

  describe('ServiceLevelAgreement', () => {
    itRejects(agreement, SLA, [
      ['missing spec.type', { type: undefined }, 'spec.type is required'],
      ['missing spec.status', { status: undefined }, 'spec.status is required'],
      ['missing spec.owner', { owner: undefined }, 'spec.owner is required'],
      [
        'missing spec.targets',
        { targets: undefined },
        'spec.targets is required',
      ],
      [
        'no targets',
        { targets: [] },
        'spec.targets [] must NOT have fewer than 1 items',
      ],
      [
        'targets not a list',
        { targets: 'PT15M' },
        'spec.targets "PT15M" must be array',
      ],
      [
        'unknown type',
        { type: 'xla' },
        'spec.type "xla" must be one of sla, ola, uc',
      ],
      [
        'unknown status',
        { status: 'signed' },
        'spec.status "signed" must be one of draft, active, expired, retired',
      ],
      [
        'a target without metric',
        { targets: [{ priority: 'P1', target: 'PT15M' }] },
        'spec.targets[0].metric is required',
      ],
      [
        'an unknown priority',
        { targets: [{ priority: 'P5', metric: 'response', target: 'PT15M' }] },
        'spec.targets[0].priority "P5" must be one of P1, P2, P3, P4',
      ],
      [
        'an unknown metric',
        { targets: [{ priority: 'P1', metric: 'reaction', target: 'PT15M' }] },
        'spec.targets[0].metric "reaction" must be one of response, resolution',
      ],
      [
        'a duration in words',
        {
          targets: [
            { priority: 'P1', metric: 'response', target: 'PT15M' },
            { priority: 'P1', metric: 'resolution', target: '15 minutes' },
          ],
        },
        'spec.targets[1].target "15 minutes" is not an ISO-8601 duration (e.g. PT15M)',
      ],
      [
        'a duration with misplaced units',
        {
          targets: [
            { priority: 'P1', metric: 'response', target: 'PT15M' },
            { priority: 'P1', metric: 'resolution', target: 'PT1D' },
          ],
        },
        'spec.targets[1].target "PT1D" is not an ISO-8601 duration (e.g. PT15M)',
      ],
      [
        'a zero duration',
        { targets: [{ priority: 'P1', metric: 'response', target: 'PT0M' }] },
        'spec.targets[0].target "PT0M" must be a duration longer than zero',
      ],
      [
        'a date in another format',
        { validFrom: '01/02/2026' },
        'spec.validFrom "01/02/2026" is not an ISO date (YYYY-MM-DD)',
      ],
      [
        'a date that does not exist',
        { validUntil: '2027-13-01' },
        'spec.validUntil "2027-13-01" is not a valid calendar date (YYYY-MM-DD)',
      ],
      [
        'a date that is not a string',
        { validUntil: 20271231 },
        'spec.validUntil 20271231 must be string',
      ],
      [
        'validFrom after validUntil',
        { validFrom: '2028-01-01', validUntil: '2027-12-31' },
        'spec.validFrom "2028-01-01" is after spec.validUntil "2027-12-31"',
      ],
      [
        'service hours the clock cannot read',
        { serviceHours: '06:00–22:00 Mon–Sat' },
        'spec.serviceHours "06:00–22:00 Mon–Sat" is not 24x7, business-hours or "<days> <HH:MM>-<HH:MM> <IANA zone>"',
      ],
      [
        'service hours in a zone that does not exist',
        { serviceHours: 'Mon-Fri 08:00-18:00 Europe/Atlantis' },
        'spec.serviceHours "Europe/Atlantis" is not an IANA time zone (e.g. Europe/Berlin)',
      ],
      [
        'availability above 100',
        { availability: 100.5 },
        'spec.availability 100.5 must be <= 100',
      ],
      [
        'availability below 0',
        { availability: -1 },
        'spec.availability -1 must be >= 0',
      ],
      [
        'availability as a string',
        { availability: '99.9%' },
        'spec.availability "99.9%" must be number',
      ],
      [
        'underpinnedBy not a list',
        { underpinnedBy: 'ola-platform-hosting' },
        'spec.underpinnedBy "ola-platform-hosting" must be array',
      ],
      [
        'an underpinning ref of another kind',
        { underpinnedBy: ['serviceoffering:hosting'] },
        'spec.underpinnedBy[0] "serviceoffering:hosting" must refer to a ServiceLevelAgreement, not kind serviceoffering',
      ],
      [
        'a customer that is not a Group',
        { customer: 'user:jane' },
        'spec.customer "user:jane" must refer to a Group, not kind user',
      ],
    ]);

    it('accepts a one-day window and availability at the bounds', async () => {
      for (const availability of [0, 100]) {
        await expect(
          validate(
            patch(agreement(), {
              validFrom: '2026-06-01',
              validUntil: '2026-06-01',
              availability,
            }),
          ),
        ).resolves.toBe(true);
      }
    });
  });

  describe('ProcessOwner', () => {
    itRejects(processOwner, PO, [
      [
        'missing spec.practice',
        { practice: undefined },
        'spec.practice is required',
      ],
      ['missing spec.owner', { owner: undefined }, 'spec.owner is required'],
      [
        'an unknown practice',
        { practice: 'incident' },
        'spec.practice "incident" must be one of incident-management, problem-management, change-enablement, service-level-management, service-request-management, release-management, continual-improvement, information-security-management',
      ],
      [
        'managers not a list',
        { managers: 'elena.petrova' },
        'spec.managers "elena.petrova" must be array',
      ],
      [
        'scope not a list',
        { scope: 'system:payments' },
        'spec.scope "system:payments" must be array',
      ],
      [
        'a scope ref without kind',
        { scope: ['system:payments', 'payments'] },
        'spec.scope[1] "payments" must start with its kind, one of serviceoffering:, system:, domain:, group:',
      ],
      [
        'a scope ref of another kind',
        { scope: ['component:cart-service'] },
        'spec.scope[0] "component:cart-service" must refer to a ServiceOffering, System, Domain or Group, not kind component',
      ],
      [
        'a manager that is a Group',
        { managers: ['group:cab'] },
        'spec.managers[0] "group:cab" must refer to a User, not kind group',
      ],
      [
        'an owner that is neither User nor Group',
        { owner: 'system:payments' },
        'spec.owner "system:payments" must refer to a Group or User, not kind system',
      ],
    ]);

    it('accepts a Group as owner and scope refs of every allowed kind', async () => {
      await expect(
        validate(
          patch(processOwner(), {
            owner: 'group:cab',
            scope: [
              'serviceoffering:online-checkout',
              'System:payments',
              'domain:other/retail',
              'group:team-payments',
            ],
          }),
        ),
      ).resolves.toBe(true);
    });
  });
});
