import { EntityRefLinks } from '@backstage/plugin-catalog-react';
import { DetailsCard } from '../common';
import { useGovernance } from './GovernanceContext';

function Refs(props: { refs: string[]; none: string }) {
  return props.refs.length === 0 ? (
    <>{props.none}</>
  ) : (
    <EntityRefLinks entityRefs={props.refs} />
  );
}

/** The offerings, agreements and process owners the evaluation used, so a surprising result can be traced. */
export function JudgedAgainstCard() {
  const { basis } = useGovernance().readiness;
  return (
    <DetailsCard
      title="Judged against"
      rows={{
        'Service offerings': (
          <Refs
            refs={basis.offerings}
            none="None — the component delivers no offering"
          />
        ),
        ...(basis.unconfirmedOfferings?.length
          ? {
              'Unconfirmed offering claims': (
                <>
                  <Refs refs={basis.unconfirmedOfferings} none="" />
                  {' — '}
                  they list this component, but it neither names them in its
                  smo.backstage.io/service-offering annotation nor shares their
                  owner, so they set no tier, agreement or service owner
                </>
              ),
            }
          : {}),
        'Agreements (SLA, OLA, UC)': (
          <Refs refs={basis.agreements} none="None in force" />
        ),
        'Process owners': (
          <Refs
            refs={basis.processOwners}
            none="None covering this component"
          />
        ),
      }}
    />
  );
}
