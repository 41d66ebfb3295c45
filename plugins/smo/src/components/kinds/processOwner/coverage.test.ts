import { Entity } from '@backstage/catalog-model';
import { processOwnersCovering } from './coverage';

const offering: Entity = {
  apiVersion: 'smo.backstage.io/v1alpha1',
  kind: 'ServiceOffering',
  metadata: { name: 'online-checkout', namespace: 'default' },
};

const owner = (
  name: string,
  practice: string,
  scope?: string[],
  targets: string[] = [],
): Entity => ({
  apiVersion: 'smo.backstage.io/v1alpha1',
  kind: 'ProcessOwner',
  metadata: { name },
  spec: { practice, owner: 'someone', scope },
  relations: targets.map(targetRef => ({ type: 'processOwnerOf', targetRef })),
});

describe('processOwnersCovering', () => {
  it('keeps organisation-wide owners and owners scoped to the target, in practice order', () => {
    const covering = processOwnersCovering(
      [
        owner(
          'change-payments',
          'change-enablement',
          ['system:default/payments'],
          ['system:default/payments'],
        ),
        owner(
          'problem-checkout',
          'problem-management',
          ['serviceoffering:default/online-checkout'],
          ['serviceoffering:default/online-checkout'],
        ),
        owner('incident', 'incident-management'),
        owner(
          'incident-checkout',
          'incident-management',
          ['x'],
          ['serviceoffering:default/online-checkout'],
        ),
        owner('slm', 'service-level-management', []),
      ],
      offering,
    );
    expect(covering.map(o => o.metadata.name)).toEqual([
      'incident-checkout',
      'incident',
      'problem-checkout',
      'slm',
    ]);
  });

  it('ignores entities that are not process owners', () => {
    expect(processOwnersCovering([offering], offering)).toEqual([]);
  });
});
