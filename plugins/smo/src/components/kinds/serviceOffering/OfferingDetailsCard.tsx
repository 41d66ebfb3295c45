import { useEntity } from '@backstage/plugin-catalog-react';
import { ServiceOfferingEntity } from '@smo-backstage/plugin-smo-common';
import { DetailsCard, SpecRef } from '../../common';

const TYPE_LABELS: Record<ServiceOfferingEntity['spec']['type'], string> = {
  business: 'Business service',
  technical: 'Technical service',
};

/** The offering's place in the portfolio and who answers for it. */
export function OfferingDetailsCard() {
  const { entity } = useEntity<ServiceOfferingEntity>();
  const { spec } = entity;
  const optionalRef = (ref: string | undefined, defaultKind: string) =>
    ref ? <SpecRef entityRef={ref} defaultKind={defaultKind} /> : 'Not set';

  return (
    <DetailsCard
      title="Service offering"
      rows={{
        Type: TYPE_LABELS[spec.type] ?? spec.type,
        Lifecycle: spec.lifecycle,
        Criticality: spec.criticality,
        'Service owner': <SpecRef entityRef={spec.owner} defaultKind="group" />,
        'Support group': optionalRef(spec.supportGroup, 'group'),
        'Change approval': optionalRef(spec.changeApprovalGroup, 'group'),
        System: optionalRef(spec.system, 'system'),
      }}
    />
  );
}
