import { useEntity } from '@backstage/plugin-catalog-react';
import { ServiceLevelAgreementEntity } from '@smo-backstage/plugin-smo-common';
import {
  DetailsCard,
  SpecRef,
  StandingStatus,
  agreementStanding,
  formatValidity,
} from '../../common';

const TYPE_LABELS: Record<ServiceLevelAgreementEntity['spec']['type'], string> =
  {
    sla: 'Service level agreement (SLA)',
    ola: 'Operational-level agreement (OLA)',
    uc: 'Underpinning contract (UC)',
  };

/** Whether the agreement binds anyone today, for how long, and between whom. */
export function AgreementDetailsCard() {
  const { entity } = useEntity<ServiceLevelAgreementEntity>();
  const { spec } = entity;
  return (
    <DetailsCard
      title="Agreement"
      rows={{
        Standing: <StandingStatus standing={agreementStanding(spec)} />,
        Type: TYPE_LABELS[spec.type] ?? spec.type,
        Status: spec.status,
        Validity: formatValidity(spec),
        Availability:
          spec.availability === undefined
            ? 'No target'
            : `${spec.availability} %`,
        'Service hours': spec.serviceHours ?? 'Not stated',
        Provider: <SpecRef entityRef={spec.owner} defaultKind="group" />,
        Customer: spec.customer ? (
          <SpecRef entityRef={spec.customer} defaultKind="group" />
        ) : (
          'Not stated'
        ),
      }}
    />
  );
}
