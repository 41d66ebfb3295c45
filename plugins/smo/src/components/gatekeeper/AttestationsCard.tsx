import { InfoCard, Link, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import {
  Attestation,
  attestationValidUntil,
  CheckDefinition,
} from '@smo-backstage/plugin-smo-common';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { smoApiRef } from '../../api/SmoApi';
import { useGovernance } from '../governance/GovernanceContext';
import { ErrorState } from '../readiness/ErrorState';
import { ListLimitNote } from './ListLimitNote';
import { Actor, When } from './Actor';
import { AttestationForm } from './AttestationForm';
import { PermissionNote } from './PermissionNote';
import { ProblemAlert } from './ProblemAlert';
import { useAttestationPermission } from './useEntityPermissions';
import { useWorkflowAction } from './useWorkflowAction';
import { TableSection } from '../common/SmallTable';

/** Only web addresses become links: evidence is user input. */
const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

/** Until when an attestation counts, by the common rule; without the check definitions only its explicit expiry is known. */
function ValidUntil(props: {
  attestation: Attestation;
  checks?: CheckDefinition[];
}) {
  const { attestation, checks } = props;
  if (!checks) {
    return attestation.expiresAt ? (
      <>
        at the latest <When iso={attestation.expiresAt} />
      </>
    ) : (
      <>per check validity</>
    );
  }
  const validityDays = checks.find(
    c => c.attestation?.type === attestation.type,
  )?.attestation?.validityDays;
  const until = attestationValidUntil(attestation, validityDays);
  return until ? <When iso={until} /> : <>no expiry</>;
}

/**
 * Manual checks (restore tested, security review, …): record one with its evidence, and the history, newest first.
 * History is never edited: a new attestation supersedes an old one.
 */
export function AttestationsCard() {
  const { entityRef, revision } = useGovernance();
  const smoApi = useApi(smoApiRef);
  const permission = useAttestationPermission(entityRef);
  const { busy, problem, clearProblem, run } = useWorkflowAction();
  const attestations = useAsyncRetry(
    () => smoApi.listAttestations(entityRef),
    [smoApi, entityRef, revision],
  );
  // Only for the validity of each attestation: the history shows without it.
  const checks = useAsync(() => smoApi.getChecks(), [smoApi]);

  let content;
  if (attestations.error && !attestations.loading) {
    content = (
      <ErrorState error={attestations.error} onRetry={attestations.retry} />
    );
  } else if (!attestations.value) {
    content = <Progress />;
  } else {
    const { items, types } = attestations.value;
    content = (
      <>
        <AttestationForm
          types={types}
          disabled={!permission.allowed || busy !== undefined}
          onRecord={input =>
            run(
              'record',
              () => smoApi.recordAttestation({ entityRef, ...input }),
              `Attestation ${input.type} recorded`,
            )
          }
        />
        <PermissionNote permissions={[permission]} what="record attestations" />
        <ProblemAlert mt={2} problem={problem} onClose={clearProblem} />
        <Box mt={3}>
          <TableSection
            id="smo-attestation-history"
            title="History"
            rows={items.length}
            empty="No attestation recorded yet."
            columns={['Type', 'Attested', 'Valid until', 'Evidence', 'Note']}
          >
            {items.map(a => (
              <TableRow key={a.id}>
                <TableCell
                  component="th"
                  scope="row"
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {a.type}
                </TableCell>
                <TableCell>
                  <Actor entityRef={a.attestedBy} />,{' '}
                  <When iso={a.attestedAt} />
                </TableCell>
                <TableCell>
                  <ValidUntil attestation={a} checks={checks.value} />
                </TableCell>
                <TableCell>
                  {a.evidenceUrl && isWebUrl(a.evidenceUrl) && (
                    <Link to={a.evidenceUrl}>{a.evidenceUrl}</Link>
                  )}
                  {a.evidenceUrl && !isWebUrl(a.evidenceUrl) && a.evidenceUrl}
                  {!a.evidenceUrl && '—'}
                </TableCell>
                <TableCell>{a.note || '—'}</TableCell>
              </TableRow>
            ))}
          </TableSection>
          <ListLimitNote shown={items.length} what="attestations" />
        </Box>
      </>
    );
  }
  return (
    <InfoCard
      title="Attestations"
      subheader="Evidence of manual checks; recorded once, never edited"
    >
      {content}
    </InfoCard>
  );
}
