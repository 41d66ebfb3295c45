import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import { makeStyles } from '@material-ui/core/styles';
import { BackstageTheme } from '@backstage/theme';
import {
  Handover,
  latestSignOffs,
  SeparationOfDuties,
  SignOff,
  signOffRefusal,
  SignOffRole,
} from '@smo-backstage/plugin-smo-common';
import { Actor, When } from './Actor';
import { ROLE_LABELS } from './handoverFlow';
import { SmallTable } from '../common/SmallTable';

const useStyles = makeStyles<BackstageTheme>(theme => ({
  approve: { borderColor: theme.palette.status.ok },
  reject: { borderColor: theme.palette.status.error },
  pending: { borderColor: theme.palette.status.pending },
}));

const DECISION_LABELS = { approve: 'Approved', reject: 'Rejected' };

function DecisionChip(props: { signOff?: SignOff }) {
  const classes = useStyles();
  const decision = props.signOff?.decision;
  const label = decision ? DECISION_LABELS[decision] : 'Pending';
  return (
    <Chip
      size="small"
      variant="outlined"
      label={label}
      className={classes[decision ?? 'pending']}
    />
  );
}

/**
 * The required sign-offs of the current round, latest per role: decision, who, when and the comment; while sign-offs
 * are collected, a "Sign off" button per role (the backend checks that the caller holds the role), disabled with the
 * reason where the separation-of-duties rules keep the signed-in user from that role.
 */
export function SignOffTable(props: {
  handover: Handover;
  canSign: boolean;
  signing: boolean;
  duties: { rules: SeparationOfDuties; me?: string };
  onSign(role: SignOffRole): void;
}) {
  const rows = latestSignOffs(props.handover);
  const { rules, me } = props.duties;
  const refusalOf = (role: SignOffRole) =>
    me ? signOffRefusal(rules, props.handover, role, me) : undefined;
  return (
    <SmallTable
      label="Required sign-offs"
      columns={[
        'Role',
        'Decision',
        'By',
        'When',
        'Comment',
        props.signing && 'Action',
      ]}
    >
      {rows.map(({ role, signOff }) => {
        const refusal = refusalOf(role);
        return (
          <TableRow key={role}>
            <TableCell component="th" scope="row">
              {ROLE_LABELS[role]}
            </TableCell>
            <TableCell>
              <DecisionChip signOff={signOff} />
            </TableCell>
            <TableCell>
              {signOff ? <Actor entityRef={signOff.actor} /> : '—'}
            </TableCell>
            <TableCell>
              {signOff ? <When iso={signOff.createdAt} /> : '—'}
            </TableCell>
            <TableCell>{signOff?.comment || '—'}</TableCell>
            {props.signing && (
              <TableCell>
                <Button
                  size="small"
                  variant="outlined"
                  color="primary"
                  disabled={!props.canSign || refusal !== undefined}
                  onClick={() => props.onSign(role)}
                  aria-label={`Sign off as ${ROLE_LABELS[role]}`}
                >
                  Sign off
                </Button>
                {refusal && (
                  <Typography
                    variant="caption"
                    component="p"
                    color="textSecondary"
                  >
                    {refusal}
                  </Typography>
                )}
              </TableCell>
            )}
          </TableRow>
        );
      })}
    </SmallTable>
  );
}
