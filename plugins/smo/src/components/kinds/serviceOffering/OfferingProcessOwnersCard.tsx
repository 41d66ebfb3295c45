import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  EntityTable,
  catalogApiRef,
  useEntity,
} from '@backstage/plugin-catalog-react';
import {
  ProcessOwnerEntity,
  SMO_KINDS,
} from '@smo-backstage/plugin-smo-common';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { processOwnersCovering } from '../processOwner/coverage';
import { processOwnerColumns } from '../processOwner/processOwnerColumns';

const TITLE = 'Process owners';

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

  if (loading) {
    return (
      <InfoCard title={TITLE}>
        <Progress />
      </InfoCard>
    );
  }
  if (error) {
    return (
      <InfoCard title={TITLE}>
        <ResponseErrorPanel error={error} />
      </InfoCard>
    );
  }
  return (
    <EntityTable<ProcessOwnerEntity>
      title={TITLE}
      entities={value ?? []}
      columns={processOwnerColumns}
      emptyContent={
        <Typography variant="body2" align="center">
          No process owner covers this offering, and none is organisation-wide.
        </Typography>
      }
    />
  );
}
