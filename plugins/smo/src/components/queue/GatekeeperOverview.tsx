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

/** {@link Loaded} in a titled card, half the width on wide screens unless `wide`. */
function LoadedCard<T>(
  props: Parameters<typeof Loaded<T>>[0] & {
    title: string;
    subheader?: string;
    wide?: boolean;
  },
) {
  const { title, subheader, wide, ...loaded } = props;
  return (
    <Grid item xs={12} md={wide ? 12 : 6}>
      <InfoCard title={title} subheader={subheader}>
        <Loaded<T> {...loaded} />
      </InfoCard>
    </Grid>
  );
}

/** A labelled list, one line of text per item. */
function ItemList<T extends { id: string }>(props: {
  label: string;
  items: T[];
  children(item: T): ReactNode;
}) {
  return (
    <ul aria-label={props.label}>
      {props.items.map(item => (
        <li key={item.id}>
          <Typography variant="body2">{props.children(item)}</Typography>
        </li>
      ))}
    </ul>
  );
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
      <LoadedCard
        title="Handover queue"
        subheader="Submitted and in review, most recently changed first"
        state={queue}
        isEmpty={v => v.length === 0}
        empty="No handover waits for the SMO."
      >
        {items => (
          <ItemList label="Handover queue" items={items}>
            {h => (
              <>
                <GovernanceLink entityRef={h.entityRef} /> —{' '}
                {STATE_LABELS[h.state]}, requested by{' '}
                <Actor entityRef={h.requestedBy} />, changed{' '}
                <When iso={h.updatedAt} />
              </>
            )}
          </ItemList>
        )}
      </LoadedCard>
      <LoadedCard
        title="Waivers awaiting a decision"
        state={waivers}
        isEmpty={v => v.length === 0}
        empty="No waiver waits for a decision."
      >
        {items => (
          <ItemList label="Waivers awaiting a decision" items={items}>
            {w => (
              <>
                <GovernanceLink entityRef={w.entityRef} /> — {w.checkId},
                requested by <Actor entityRef={w.requestedBy} />{' '}
                <When iso={w.createdAt} />: {w.justification}
              </>
            )}
          </ItemList>
        )}
      </LoadedCard>
      <LoadedCard
        wide
        title="Expiring soon"
        subheader={`Approved waivers and attestations ending within ${EXPIRING_DAYS} days`}
        state={expiring}
        isEmpty={v => v.waivers.length + v.attestations.length === 0}
        empty={`Nothing expires within ${EXPIRING_DAYS} days.`}
      >
        {value => (
          <ItemList
            label="Expiring soon"
            items={[
              ...value.waivers.map(w => ({
                id: w.id,
                line: (
                  <>
                    Waiver of {w.checkId} on{' '}
                    <GovernanceLink entityRef={w.entityRef} /> ends{' '}
                    <When iso={w.expiresAt} />
                  </>
                ),
              })),
              ...value.attestations.map(a => ({
                id: a.id,
                line: (
                  <>
                    Attestation {a.type} of{' '}
                    <GovernanceLink entityRef={a.entityRef} /> ends{' '}
                    <When iso={a.validUntil} />
                  </>
                ),
              })),
            ]}
          >
            {item => item.line}
          </ItemList>
        )}
      </LoadedCard>
      <LoadedCard
        wide
        title="Recent decisions"
        subheader={`The last ${RECENT_DECISIONS} across the portfolio`}
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
      </LoadedCard>
    </Grid>
  );
}
