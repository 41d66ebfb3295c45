import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef, useEntity } from '@backstage/plugin-catalog-react';
import {
  ProcessOwnerEntity,
  SMO_KINDS,
} from '@smo-backstage/plugin-smo-common';
import useAsync from 'react-use/esm/useAsync';
import { EntityTableCard } from '../../common';
import { processOwnersCovering } from '../processOwner/coverage';
import { processOwnerColumns } from '../processOwner/processOwnerColumns';

/**
 * Who is accountable for incident, change, problem… management of this offering. Organisation-wide owners have no
 * relation to the offering, so all ProcessOwners are fetched (there are few) and matched here.
 */
export function OfferingProcessOwnersCard() {
  const { entity } = useEntity();
  const catalogApi = useApi(catalogApiRef);
  const { value, loading, error } = useAsync(async () => {
    const { items } = await catalogApi.getEntities({
      filter: { kind: SMO_KINDS.processOwner },
    });
    return processOwnersCovering(items, entity);
  }, [catalogApi, entity]);

  return (
    <EntityTableCard<ProcessOwnerEntity>
      title="Process owners"
      columns={processOwnerColumns}
      loading={loading}
      error={error}
      entities={value}
      emptyMessage="No process owner covers this offering, and none is organisation-wide."
    />
  );
}
