import { ReactNode } from 'react';
import { InfoCard, Link, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  EntityRefLink,
  useEntityRefLink,
} from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { smoApiRef } from '../../api/SmoApi';
import { GOVERNANCE_TAB_PATH } from '../../routes';
import { Actor, When } from '../gatekeeper/Actor';
import { DecisionTable } from '../gatekeeper/DecisionLogCard';
import { STATE_LABELS } from '../gatekeeper/handoverFlow';
import { ErrorState } from '../readiness/ErrorState';

/** Days ahead the "expiring soon" card looks. */
const EXPIRING_DAYS = 30;
const RECENT_DECISIONS = 20;

/** One card's load: progress, error with retry, an empty sentence, or the content. */
function Loaded<T>(props: {
  state: { loading: boolean; error?: Error; value?: T; retry(): void };
  isEmpty(value: T): boolean;
  empty: string;
  children(value: T): ReactNode;
}) {
  const { state } = props;
  if (state.error && !state.loading) {
    return <ErrorState error={state.error} onRetry={state.retry} />;
  }
  if (state.value === undefined) return <Progress />;
  if (props.isEmpty(state.value)) {
    return <Typography variant="body2">{props.empty}</Typography>;
  }
  return <>{props.children(state.value)}</>;
}

/** A component linked to its Governance tab, where the SMO acts on it. */
function GovernanceLink(props: { entityRef: string }) {
  const entityLink = useEntityRefLink();
  return (
    <>
      <EntityRefLink entityRef={props.entityRef} />{' '}
      <Link to={`${entityLink(props.entityRef)}/${GOVERNANCE_TAB_PATH}`}>
        (governance)
      </Link>
    </>
  );
}

const byUpdated = <T extends { updatedAt: string }>(a: T, b: T) =>
  Date.parse(b.updatedAt) - Date.parse(a.updatedAt);

/**
 * What waits for the SMO: the handover queue (submitted and in review), waivers awaiting a decision, evidence that
 * expires within 30 days, and the latest decisions across the portfolio.
 */
export function GatekeeperOverview() {
  const smoApi = useApi(smoApiRef);
  const queue = useAsyncRetry(async () => {
    const [submitted, inReview] = await Promise.all([
      smoApi.listHandovers({ state: 'submitted' }),
      smoApi.listHandovers({ state: 'in-review' }),
    ]);
    return [...submitted, ...inReview].sort(byUpdated);
  }, [smoApi]);
  const waivers = useAsyncRetry(
    () => smoApi.listWaivers({ status: 'requested' }),
    [smoApi],
  );
  const expiring = useAsyncRetry(
    () => smoApi.getExpiring(EXPIRING_DAYS),
    [smoApi],
  );
  const decisions = useAsyncRetry(
    () => smoApi.listDecisions({ limit: RECENT_DECISIONS }),
    [smoApi],
  );

  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={6}>
        <InfoCard
          title="Handover queue"
          subheader="Submitted and in review, most recently changed first"
        >
          <Loaded
            state={queue}
            isEmpty={v => v.length === 0}
            empty="No handover waits for the SMO."
          >
            {items => (
              <ul aria-label="Handover queue">
                {items.map(h => (
                  <li key={h.id}>
                    <Typography variant="body2">
                      <GovernanceLink entityRef={h.entityRef} /> —{' '}
                      {STATE_LABELS[h.state]}, requested by{' '}
                      <Actor entityRef={h.requestedBy} />, changed{' '}
                      <When iso={h.updatedAt} />
                    </Typography>
                  </li>
                ))}
              </ul>
            )}
          </Loaded>
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="Waivers awaiting a decision">
          <Loaded
            state={waivers}
            isEmpty={v => v.length === 0}
            empty="No waiver waits for a decision."
          >
            {items => (
              <ul aria-label="Waivers awaiting a decision">
                {items.map(w => (
                  <li key={w.id}>
                    <Typography variant="body2">
                      <GovernanceLink entityRef={w.entityRef} /> — {w.checkId},
                      requested by <Actor entityRef={w.requestedBy} />{' '}
                      <When iso={w.createdAt} />: {w.justification}
                    </Typography>
                  </li>
                ))}
              </ul>
            )}
          </Loaded>
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard
          title="Expiring soon"
          subheader={`Approved waivers and attestations ending within ${EXPIRING_DAYS} days`}
        >
          <Loaded
            state={expiring}
            isEmpty={v => v.waivers.length + v.attestations.length === 0}
            empty={`Nothing expires within ${EXPIRING_DAYS} days.`}
          >
            {value => (
              <ul aria-label="Expiring soon">
                {value.waivers.map(w => (
                  <li key={w.id}>
                    <Typography variant="body2">
                      Waiver of {w.checkId} on{' '}
                      <GovernanceLink entityRef={w.entityRef} /> ends{' '}
                      <When iso={w.expiresAt} />
                    </Typography>
                  </li>
                ))}
                {value.attestations.map(a => (
                  <li key={a.id}>
                    <Typography variant="body2">
                      Attestation {a.type} of{' '}
                      <GovernanceLink entityRef={a.entityRef} /> ends{' '}
                      <When iso={a.validUntil} />
                    </Typography>
                  </li>
                ))}
              </ul>
            )}
          </Loaded>
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard
          title="Recent decisions"
          subheader={`The last ${RECENT_DECISIONS} across the portfolio`}
        >
          <Loaded
            state={decisions}
            isEmpty={v => v.length === 0}
            empty="No decision recorded yet."
          >
            {items => (
              <DecisionTable
                entries={items}
                label="Recent decisions"
                entityColumn={entry => (
                  <GovernanceLink entityRef={entry.entityRef} />
                )}
              />
            )}
          </Loaded>
        </InfoCard>
      </Grid>
    </Grid>
  );
}
