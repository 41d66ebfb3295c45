import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { SmoApiModels } from '@smo-backstage/plugin-smo-common';

const useStyles = makeStyles(theme => ({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    listStyle: 'none',
    margin: theme.spacing(0, 0, 3),
    padding: 0,
  },
  tile: {
    minWidth: theme.spacing(16),
    padding: theme.spacing(2),
    borderRadius: 4,
    backgroundColor: theme.palette.background.paper,
  },
}));

/** A campaign's counts as tiles: a big number over its word, read as "12 Met" in the list named `label`. */
export function CountTiles(props: {
  label: string;
  counts: SmoApiModels.CampaignCounts;
}) {
  const classes = useStyles();
  const { inScope, met, waived, open, missed } = props.counts;
  const tiles: Array<[string, number]> = [
    ['In scope', inScope],
    ['Met', met],
    ['Met with waivers', waived],
    ['Open', open],
    ['Missed the deadline', missed],
  ];
  return (
    <ul className={classes.list} aria-label={props.label}>
      {tiles.map(([word, n]) => (
        <li key={word} className={classes.tile}>
          <Typography variant="h4" component="span" display="block">
            {n}
          </Typography>
          <Typography variant="body2" component="span">
            {word}
          </Typography>
        </li>
      ))}
    </ul>
  );
}
