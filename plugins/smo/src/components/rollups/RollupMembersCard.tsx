import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { RollupMember, RollupResult } from '@smo-backstage/plugin-smo-common';
import { TableSection } from '../common/SmallTable';
import { VerdictChip } from '../readiness/VerdictChip';
import { excludedText, readyText } from './rollupText';

function MemberRow(props: { member: RollupMember; lifecycle?: boolean }) {
  const { member } = props;
  return (
    <TableRow>
      <TableCell component="th" scope="row">
        <EntityRefLink
          entityRef={member.entityRef}
          defaultKind="component"
          underline="always"
        />
      </TableCell>
      {props.lifecycle && <TableCell>{member.lifecycle ?? '–'}</TableCell>}
      <TableCell>{member.tier}</TableCell>
      <TableCell>
        <VerdictChip verdict={member.verdict} />
      </TableCell>
      <TableCell>{member.score}</TableCell>
      <TableCell>
        {member.blockers.length === 0 ? 'None' : member.blockers.join(', ')}
      </TableCell>
    </TableRow>
  );
}

/** "Showing the 10 weakest of 14; all of them are in the portfolio." when the roll-up lists only some. */
function Bounded(props: { shown: number; total: number }) {
  if (props.shown >= props.total) return null;
  return (
    <Typography variant="caption" color="textSecondary" component="p">
      Showing {props.shown} of {props.total}; the portfolio lists all of them.
    </Typography>
  );
}

/**
 * The components behind a roll-up: the weakest counted ones first (not ready, then lowest score), then those left out
 * because they are deprecated or retired.
 */
export function RollupMembersCard(props: { rollup: RollupResult }) {
  const { weakest, excluded, members } = props.rollup;
  const columns = ['Component', 'Tier', 'Verdict', 'Score', 'Blockers'];
  return (
    <InfoCard title="Components" subheader={readyText(members)}>
      <TableSection
        id="smo-rollup-weakest"
        title="Weakest first"
        rows={weakest.length}
        empty="No component is counted."
        columns={columns}
        paragraph
      >
        {weakest.map(member => (
          <MemberRow key={member.entityRef} member={member} />
        ))}
      </TableSection>
      <Bounded shown={weakest.length} total={members.counted} />
      <Box mt={3}>
        <TableSection
          id="smo-rollup-excluded"
          title="Not counted"
          rows={excluded.length}
          empty="No deprecated or retired component: every component counts."
          columns={[
            'Component',
            'Lifecycle',
            'Tier',
            'Verdict',
            'Score',
            'Blockers',
          ]}
        >
          {excluded.map(member => (
            <MemberRow key={member.entityRef} member={member} lifecycle />
          ))}
        </TableSection>
        {excluded.length > 0 && (
          <Typography variant="caption" color="textSecondary" component="p">
            {excludedText(members.excluded, excluded)}: they are on their way
            out and judge nothing.
          </Typography>
        )}
        <Bounded shown={excluded.length} total={members.excluded} />
      </Box>
    </InfoCard>
  );
}
