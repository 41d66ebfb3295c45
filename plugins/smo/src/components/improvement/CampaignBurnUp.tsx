import { useState } from 'react';
import MenuItem from '@material-ui/core/MenuItem';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { CampaignDetail } from '../../api/SmoApi';
import { ControlBox } from '../common/ControlBox';
import { ChartTable } from '../rollups/ChartTable';
import { ScoreChart } from '../rollups/ScoreChart';
import { refName } from '../rollups/rollupText';
import { dayTime, shortDate } from '../rollups/trendChart';
import {
  burnUpMax,
  burnUpSeries,
  burnUpTick,
  DAILY_ROWS,
  describeBurnUp,
  tablePoints,
} from './burnUp';

const ALL = '*';

/** A team as people read it; the empty ref gathers the components without an owner. */
export const teamName = (ownerRef: string) =>
  ownerRef ? refName(ownerRef) : 'No owner';

/**
 * The campaign's burn-up from history: components in scope, met, and met or waived, per day since its start; a "Team"
 * select shows one team's. The figures are also a table (every day of a month, else one day a week).
 */
export function CampaignBurnUp(props: { detail: CampaignDetail }) {
  const { campaign, burnUp, teamBurnUp } = props.detail;
  const [team, setTeam] = useState(ALL);
  const points =
    team === ALL
      ? burnUp
      : teamBurnUp.find(t => t.ownerRef === team)?.points ?? [];
  const title = `Burn-up of ${campaign.title}, ${
    team === ALL ? 'every team' : teamName(team)
  }`;
  const max = burnUpMax(points);
  const rows = tablePoints(points);

  return (
    <>
      <ControlBox>
        <TextField
          id="smo-burn-up-team"
          select
          fullWidth
          variant="outlined"
          size="small"
          label="Team"
          value={team}
          onChange={e => setTeam(e.target.value as string)}
        >
          <MenuItem value={ALL}>Every team</MenuItem>
          {teamBurnUp.map(t => (
            <MenuItem key={t.ownerRef} value={t.ownerRef}>
              {teamName(t.ownerRef)}
            </MenuItem>
          ))}
        </TextField>
      </ControlBox>
      {points.length === 0 ? (
        <Typography variant="body2">
          No history yet: the burn-up starts on the campaign's start date (
          {campaign.start}).
        </Typography>
      ) : (
        <>
          <ScoreChart
            title={title}
            series={burnUpSeries(points)}
            markers={[]}
            range={{
              start: dayTime(points[0].date),
              end: dayTime(points[points.length - 1].date),
            }}
            tickLabel={burnUpTick(max)}
            description={describeBurnUp(title, points)}
          />
          <ChartTable
            id="smo-burn-up-table"
            label={title}
            columns={['Day', 'In scope', 'Met', 'Waived', 'Met or waived']}
          >
            {rows.map(p => (
              <TableRow key={p.date}>
                <TableCell component="th" scope="row">
                  {shortDate(dayTime(p.date))}
                </TableCell>
                <TableCell>{p.inScope}</TableCell>
                <TableCell>{p.met}</TableCell>
                <TableCell>{p.waived}</TableCell>
                <TableCell>{p.met + p.waived}</TableCell>
              </TableRow>
            ))}
          </ChartTable>
          {points.length > DAILY_ROWS && (
            <Typography variant="caption" color="textSecondary" component="p">
              The table lists one day a week and the last day.
            </Typography>
          )}
        </>
      )}
    </>
  );
}
