import { useState } from 'react';
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import MenuItem from '@material-ui/core/MenuItem';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { TrendSeries } from '@smo-backstage/plugin-smo-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { PortfolioTrendQuery, smoApiRef } from '../../api/SmoApi';
import { ErrorState } from '../readiness/ErrorState';
import { ChartTable } from './ChartTable';
import { MAX_LINES, ScoreChart } from './ScoreChart';
import { refName } from './rollupText';
import {
  ChartSeries,
  dayTime,
  seriesFigures,
  shortDate,
  standardMarkers,
} from './trendChart';
import { Pager } from '../common/Pager';
import { ControlBox } from '../common/ControlBox';

type By = NonNullable<PortfolioTrendQuery['by']>;

const BY: Array<[By, string]> = [
  ['offering', 'Offering'],
  ['team', 'Team'],
  ['tier', 'Tier'],
];

/** A series as the chart draws it: named by its title, else the ref's name, else the tier. */
export function toChartSeries(series: TrendSeries): ChartSeries {
  return {
    key: series.key,
    label:
      series.title ??
      (series.key.includes(':') ? refName(series.key) : series.key),
    points: series.points.map(p => ({ time: dayTime(p.date), score: p.score })),
  };
}

/**
 * The portfolio over time (the last 90 days): one line per offering, team or tier, {@link MAX_LINES} to a page, with
 * the changes of standard marked and listed with their date; the figures behind each line also as a table.
 */
export function PortfolioTrend() {
  const smoApi = useApi(smoApiRef);
  const [by, setBy] = useState<By>('offering');
  const [offset, setOffset] = useState(0);
  const trend = useAsyncRetry(
    () => smoApi.getPortfolioTrend({ by, limit: MAX_LINES, offset }),
    [smoApi, by, offset],
  );

  let content;
  if (trend.error && !trend.loading) {
    content = <ErrorState error={trend.error} onRetry={trend.retry} />;
  } else if (!trend.value || trend.loading) {
    content = <Progress />;
  } else {
    const value = trend.value;
    const series = value.series.map(toChartSeries);
    const range = { start: dayTime(value.from), end: dayTime(value.to) };
    const column = BY.find(([b]) => b === value.by)?.[1] ?? 'Offering';
    const byLabel = column.toLocaleLowerCase('en-US');
    content =
      value.totalCount === 0 ? (
        <Typography variant="body2">
          No history yet: the trend starts with the first sweep.
        </Typography>
      ) : (
        <>
          <ScoreChart
            title={`Readiness score by ${byLabel}`}
            series={series}
            markers={standardMarkers(value.standardChanges)}
            range={range}
          />
          <ChartTable
            id="smo-trend-table"
            label={`Readiness score by ${byLabel}`}
            columns={[
              column,
              'First score',
              'Last score',
              'Lowest',
              'Highest',
              'Ready at the end',
            ]}
          >
            {value.series.map((s, i) => {
              const figures = seriesFigures(series[i]);
              const last = s.points[s.points.length - 1];
              return (
                <TableRow key={s.key}>
                  <TableCell component="th" scope="row">
                    {series[i].label}
                  </TableCell>
                  <TableCell>
                    {figures.first
                      ? `${figures.first.score} (${shortDate(
                          figures.first.time,
                        )})`
                      : '–'}
                  </TableCell>
                  <TableCell>
                    {figures.last
                      ? `${figures.last.score} (${shortDate(
                          figures.last.time,
                        )})`
                      : '–'}
                  </TableCell>
                  <TableCell>{figures.low ?? '–'}</TableCell>
                  <TableCell>{figures.high ?? '–'}</TableCell>
                  <TableCell>
                    {last ? `${last.ready} of ${last.total}` : '–'}
                  </TableCell>
                </TableRow>
              );
            })}
          </ChartTable>
          {value.standardChanges.length === 0 && (
            <Typography variant="body2" color="textSecondary">
              The standard (the checks in force) did not change in this range.
            </Typography>
          )}
          <Pager
            offset={offset}
            pageSize={MAX_LINES}
            total={value.totalCount}
            onChange={setOffset}
            noun="Lines"
          />
        </>
      );
  }

  return (
    <>
      <ControlBox>
        <TextField
          id="smo-trend-by"
          select
          fullWidth
          variant="outlined"
          size="small"
          label="Lines by"
          value={by}
          onChange={e => {
            setBy(e.target.value as By);
            setOffset(0);
          }}
        >
          {BY.map(([value, label]) => (
            <MenuItem key={value} value={value}>
              {label}
            </MenuItem>
          ))}
        </TextField>
      </ControlBox>
      {content}
    </>
  );
}
