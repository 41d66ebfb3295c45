import { ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { BackstageTheme } from '@backstage/theme';
import { RiskCount } from './aggregate';

const useStyles = makeStyles<BackstageTheme>(theme => ({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: { marginBottom: theme.spacing(1.5) },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    columnGap: theme.spacing(1),
  },
  detail: { whiteSpace: 'nowrap' },
  track: {
    height: 6,
    borderRadius: 3,
    backgroundColor: theme.palette.divider,
    marginTop: 2,
  },
  bar: {
    height: '100%',
    borderRadius: 3,
    backgroundColor: theme.palette.status.error,
  },
}));

/** How many of the top groups a tile lists. */
const SHOWN = 5;

/**
 * Groups ranked by risk, each with its numbers in words and a bar (not-ready share of the group, or its share of all
 * blockers) that only repeats what the words say.
 */
export function RiskList(props: {
  counts: RiskCount[];
  label: (count: RiskCount) => ReactNode;
  detail: (count: RiskCount) => string;
  share: (count: RiskCount) => number;
  empty: string;
  ariaLabel: string;
}) {
  const classes = useStyles();
  if (props.counts.length === 0) {
    return <Typography variant="body2">{props.empty}</Typography>;
  }
  const shown = props.counts.slice(0, SHOWN);
  return (
    <>
      <ul className={classes.list} aria-label={props.ariaLabel}>
        {shown.map(count => (
          <li key={count.key} className={classes.item}>
            <Box
              display="flex"
              justifyContent="space-between"
              style={{ gap: 8 }}
            >
              <Typography variant="body2" component="span">
                {props.label(count)}
              </Typography>
              <Typography
                variant="body2"
                component="span"
                color="textSecondary"
              >
                {props.detail(count)}
              </Typography>
            </Box>
            <div className={classes.track} aria-hidden>
              <div
                className={classes.bar}
                style={{ width: `${Math.round(props.share(count) * 100)}%` }}
              />
            </div>
          </li>
        ))}
      </ul>
      {props.counts.length > SHOWN && (
        <Typography variant="caption" color="textSecondary">
          and {props.counts.length - SHOWN} more
        </Typography>
      )}
    </>
  );
}
