import { Children, ReactNode, useCallback, useMemo, useState } from 'react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import { ReadinessResult } from '@smo-backstage/plugin-smo-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { smoApiRef } from '../../api/SmoApi';
import { ErrorState } from '../readiness/ErrorState';
import { ChecksCard } from './ChecksCard';
import { GovernanceProvider } from './GovernanceContext';
import { JudgedAgainstCard } from './JudgedAgainstCard';
import { ReadinessSummaryCard } from './ReadinessSummaryCard';
import { ScoreTrendCard } from './ScoreTrendCard';
import { VerdictBanner } from './VerdictBanner';

/** Props of {@link EntityGovernanceContent}. @public */
export interface EntityGovernanceContentProps {
  /** Further sections (e.g. handover, waivers, attestations), each shown full width below the checks; they can read the readiness with `useGovernance`. */
  children?: ReactNode;
}

/**
 * The Governance tab of a Component: verdict and blockers first, then the score, its trend, what it was judged
 * against, and every check by ITIL area.
 *
 * @public
 */
export function EntityGovernanceContent(props: EntityGovernanceContentProps) {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const smoApi = useApi(smoApiRef);
  // A refresh (or a later workflow action) replaces the loaded result without reloading the tab.
  const [replaced, setReplaced] = useState<ReadinessResult>();
  const loaded = useAsyncRetry(async () => {
    setReplaced(undefined);
    return smoApi.getReadiness(entityRef);
  }, [smoApi, entityRef]);
  const readiness = replaced ?? loaded.value;
  const [revision, setRevision] = useState(0);
  const changed = useCallback(async () => {
    setRevision(r => r + 1);
    try {
      setReplaced(await smoApi.getReadiness(entityRef));
    } catch {
      // The action itself succeeded; the shown result stays until the next load.
    }
  }, [smoApi, entityRef]);

  const context = useMemo(
    () =>
      readiness && {
        entityRef,
        readiness,
        setReadiness: setReplaced,
        revision,
        changed,
      },
    [entityRef, readiness, revision, changed],
  );

  if (loaded.error && !loaded.loading) {
    return (
      <ErrorState
        error={loaded.error}
        onRetry={loaded.retry}
        notFound={`${entityRef} has no readiness result: it is not in the catalog, you cannot see it, or it does not match the entities the SMO scores (smo.readiness.entityFilter).`}
      />
    );
  }
  if (!context) {
    return <Progress />;
  }
  return (
    <GovernanceProvider value={context}>
      <Grid container spacing={3} alignItems="stretch">
        <Grid item xs={12}>
          <VerdictBanner readiness={context.readiness} />
        </Grid>
        <Grid item xs={12} md={4}>
          <ReadinessSummaryCard />
        </Grid>
        <Grid item xs={12} md={8}>
          <ScoreTrendCard />
        </Grid>
        <Grid item xs={12}>
          <JudgedAgainstCard />
        </Grid>
        <Grid item xs={12}>
          <ChecksCard />
        </Grid>
        {Children.map(props.children, section => (
          <Grid item xs={12}>
            {section}
          </Grid>
        ))}
      </Grid>
    </GovernanceProvider>
  );
}
