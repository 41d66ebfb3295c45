import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { EmptyState, InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Alert from '@material-ui/lab/Alert';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { smoApiRef } from '../../api/SmoApi';
import { CheckGroups, checksSubheader } from '../governance/ChecksCard';
import { errorStatus } from '../readiness/errors';
import { ErrorState, RetryButton } from '../readiness/ErrorState';
import { AsOfBar, validDay } from './AsOfBar';
import { RollupHistoryCard } from './RollupHistoryCard';
import { RollupMembersCard } from './RollupMembersCard';
import { RollupSummaryCard } from './RollupSummaryCard';
import {
  asOfText,
  KIND_NOUNS,
  nothingRecordedText,
  rollupKindOf,
} from './rollupText';

/** The `asOf` date lives in the URL (`…/governance?asOf=2026-10-31`), so a past state can be shared. */
function useAsOf() {
  const [search, setSearch] = useSearchParams();
  const asOf = validDay(search.get('asOf'));
  const setAsOf = useCallback(
    (next: string | undefined) =>
      setSearch(
        current => {
          const params = new URLSearchParams(current);
          if (next) params.set('asOf', next);
          else params.delete('asOf');
          return params;
        },
        { replace: true },
      ),
    [setSearch],
  );
  return [asOf, setAsOf] as const;
}

/**
 * The Governance tab of a ServiceOffering, System or Group: readiness rolled up from its components (verdict, score,
 * members, dependency paths at risk, accepted risk), its score over time with the changes of standard, the weakest and
 * the not-counted components, and an offering's own checks; an "As of" date shows the state recorded then.
 *
 * @public
 */
export function EntityRollupContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const kind = rollupKindOf(entity.kind);
  const smoApi = useApi(smoApiRef);
  const [asOf, setAsOf] = useAsOf();
  const now = useMemo(() => Date.now(), []);
  const today = new Date(now).toISOString().slice(0, 10);
  const rollup = useAsyncRetry(
    async () =>
      asOf
        ? smoApi.getRollup(entityRef, { asOf })
        : smoApi.getRollup(entityRef),
    [smoApi, entityRef, asOf],
  );

  if (!kind) {
    return (
      <EmptyState
        missing="info"
        title="No roll-up for this kind"
        description="Readiness is rolled up to ServiceOfferings, Systems and Groups; a Component's readiness is on its own Governance tab."
      />
    );
  }
  const noun = KIND_NOUNS[kind];
  const backToNow = (
    <Button
      variant="outlined"
      color="primary"
      onClick={() => setAsOf(undefined)}
    >
      Back to now
    </Button>
  );

  let content;
  if (rollup.loading) {
    content = <Progress />;
  } else if (rollup.error) {
    const notFound = errorStatus(rollup.error) === 404;
    if (notFound && asOf) {
      content = (
        <EmptyState
          missing="data"
          title={nothingRecordedText(asOf)}
          description={`The SMO had not rolled up this ${noun} by the end of that day: it was not scored yet, or the history was pruned. Pick a later date, or go back to now.`}
          action={backToNow}
        />
      );
    } else if (notFound) {
      content = (
        <EmptyState
          missing="data"
          title="Not rolled up yet"
          description={`Roll-ups are computed at the end of each readiness sweep. This ${noun} has none yet: the first sweep has not run, no scored component belongs to it, it is retired, or you cannot see it.`}
          action={<RetryButton onRetry={rollup.retry} />}
        />
      );
    } else {
      content = <ErrorState error={rollup.error} onRetry={rollup.retry} />;
    }
  } else if (rollup.value) {
    const value = rollup.value;
    content = (
      <Grid container spacing={3} alignItems="stretch">
        {asOf && (
          <Grid item xs={12}>
            <Alert severity="info" role="status" action={backToNow}>
              {asOfText(asOf)}.
            </Alert>
          </Grid>
        )}
        <Grid item xs={12} md={5}>
          <RollupSummaryCard rollup={value} asOf={asOf} />
        </Grid>
        <Grid item xs={12} md={7}>
          <RollupHistoryCard
            entityRef={entityRef}
            evaluatedAt={value.evaluatedAt}
            now={now}
          />
        </Grid>
        <Grid item xs={12}>
          <RollupMembersCard rollup={value} />
        </Grid>
        {value.checks.length > 0 && (
          <Grid item xs={12}>
            <InfoCard
              title={`The ${noun}'s own checks`}
              subheader={`Counted once for the ${noun}, not per component: ${checksSubheader(
                value.checks,
              )}`}
            >
              <CheckGroups checks={value.checks} />
            </InfoCard>
          </Grid>
        )}
      </Grid>
    );
  }

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <AsOfBar asOf={asOf} today={today} onChange={setAsOf} />
      </Grid>
      <Grid item xs={12}>
        {content}
      </Grid>
    </Grid>
  );
}
