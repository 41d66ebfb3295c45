import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Button from '@material-ui/core/Button';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { ImprovementSuggestion } from '@smo-backstage/plugin-smo-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { smoApiRef } from '../../api/SmoApi';
import { TableSection } from '../common/SmallTable';
import { ProblemAlert } from '../gatekeeper/ProblemAlert';
import { ErrorState } from '../readiness/ErrorState';
import { SOURCE_LABELS } from './improvementText';
import { useImprovementAction } from './useImprovementAction';

const LIMIT = 20;

/**
 * Improvements worth raising, from the data (a breached month, a waiver renewed again, a rejected handover, a
 * campaign missed), each raised with one click: its ready-made proposal is posted as it is.
 */
export function ImprovementSuggestions(props: {
  revision: number;
  onRaised(): void;
}) {
  const smoApi = useApi(smoApiRef);
  const { busy, problem, clearProblem, run } = useImprovementAction();
  const suggestions = useAsyncRetry(
    () => smoApi.listImprovementSuggestions(LIMIT),
    [smoApi, props.revision],
  );

  const raise = async (suggestion: ImprovementSuggestion) => {
    const raised = await run(
      `raise:${suggestion.key}`,
      () => smoApi.raiseImprovement(suggestion.proposal),
      `Improvement raised: ${suggestion.proposal.title}`,
    );
    if (raised) props.onRaised();
  };

  if (suggestions.error && !suggestions.loading) {
    return <ErrorState error={suggestions.error} onRetry={suggestions.retry} />;
  }
  if (!suggestions.value) return <Progress />;
  const items = suggestions.value;
  return (
    <>
      <TableSection
        id="smo-suggestions-table"
        title="Suggestions"
        rows={items.length}
        empty="Nothing to suggest: no breached month, renewed waiver, rejected handover or missed campaign that is not raised already."
        columns={['Suggestion', 'Cause', 'Offering or component', 'Raise']}
      >
        {items.map(s => (
          <TableRow key={s.key}>
            <TableCell component="th" scope="row">
              {s.proposal.title}
              <Typography variant="caption" component="span" display="block">
                {s.reason}
              </Typography>
            </TableCell>
            <TableCell>
              {SOURCE_LABELS[s.source]}, {s.occurredAt.slice(0, 10)}
            </TableCell>
            <TableCell>
              <EntityRefLink entityRef={s.proposal.entityRef} />
            </TableCell>
            <TableCell>
              <Button
                size="small"
                variant="outlined"
                color="primary"
                disabled={busy !== undefined}
                onClick={() => raise(s)}
                // The visible word starts the name, which says what is raised and from which cause and month, so two
                // suggestions of the same title differ (axe: label-content-name-mismatch).
                aria-label={`Raise ${s.proposal.title} (${
                  SOURCE_LABELS[s.source]
                }, ${s.occurredAt.slice(0, 10)})`}
              >
                Raise
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableSection>
      <ProblemAlert mt={2} problem={problem} onClose={clearProblem} />
    </>
  );
}
