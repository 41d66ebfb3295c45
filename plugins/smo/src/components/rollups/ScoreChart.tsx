import { BackstageTheme } from '@backstage/theme';
import Typography from '@material-ui/core/Typography';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import { StandardChange } from '@smo-backstage/plugin-smo-common';
import {
  chartGeometry,
  ChartMarker,
  ChartSeries,
  describeChart,
  shortDate,
  standardMarkers,
} from './trendChart';
import { ScoreAxes } from '../common/ScoreAxes';

const WIDTH = 640;
const HEIGHT = 220;
const BOX = { left: 36, top: 24, width: WIDTH - 52, height: HEIGHT - 56 };

/** The most lines one chart draws; more would be a tangle (the trend pages its series instead). */
export const MAX_LINES = 8;

// Colour-blind-safe hues (Okabe–Ito) that keep their contrast on light and dark paper, and a dash pattern per line,
// so lines also differ without colour.
const HUES = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#8C6D31',
  '#7F7F7F',
];
const DASHES = [
  undefined,
  '8 4',
  '2 3',
  '10 3 2 3',
  '4 4',
  '1 2',
  '12 6',
  '6 2 2 2',
];

const useStyles = makeStyles(theme => ({
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    listStyle: 'none',
    margin: theme.spacing(1, 0, 0),
    padding: 0,
  },
  item: { display: 'inline-flex', alignItems: 'center', gap: theme.spacing(1) },
  markers: {
    margin: theme.spacing(1, 0, 0),
    paddingLeft: 0,
    listStyle: 'none',
  },
}));

/** How line `i` is drawn, for the chart and its legend. */
export const lineStyle = (i: number) => ({
  stroke: HUES[i % HUES.length],
  strokeDasharray: DASHES[i % DASHES.length],
});

/**
 * Scores 0–100 over time as lines in plain SVG, with the changes of standard as dashed vertical markers numbered at
 * the top and listed below with their date; one image whose label says the chart in sentences. Up to
 * {@link MAX_LINES} lines, each with its own colour and dash pattern, named in a legend when there are several.
 */
export function ScoreChart(props: {
  title: string;
  series: ChartSeries[];
  markers: ChartMarker[];
  range: { start: number; end: number };
  step?: boolean;
  /** Label of the end of the axis instead of its date ("now"). */
  endLabel?: string;
  /** The grid lines' labels, for a chart of counts scaled to 0–100 (a campaign's burn-up). */
  tickLabel?: (tick: number) => string;
  /** The chart in sentences, when the scores' own description would not fit (the burn-up's counts). */
  description?: string;
}) {
  const theme = useTheme<BackstageTheme>();
  const classes = useStyles();
  const series = props.series.slice(0, MAX_LINES);
  const { lines, marks } = chartGeometry(
    series,
    props.markers,
    props.range,
    BOX,
    props.step,
  );
  const axis = {
    fill: theme.palette.text.secondary,
    fontSize: 11,
    fontFamily: theme.typography.fontFamily,
  };

  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-label={
          props.description ??
          describeChart(props.title, series, marks, props.range)
        }
      >
        <ScoreAxes
          box={BOX}
          height={HEIGHT}
          start={shortDate(props.range.start)}
          end={props.endLabel ?? shortDate(props.range.end)}
          tickLabel={props.tickLabel}
        />
        {marks.map((mark, i) => (
          <g key={`${mark.time}-${i}`} data-testid="standard-change-marker">
            <line
              x1={mark.x}
              x2={mark.x}
              y1={BOX.top - 4}
              y2={BOX.top + BOX.height}
              stroke={theme.palette.text.primary}
              strokeDasharray="3 3"
            />
            <text
              x={mark.x}
              y={BOX.top - 8}
              textAnchor="middle"
              {...axis}
              fill={theme.palette.text.primary}
              fontWeight={700}
            >
              S{i + 1}
            </text>
            <title>{`${shortDate(mark.time)}: ${mark.label}`}</title>
          </g>
        ))}
        {lines.map((line, i) => (
          <g key={line.key}>
            <path d={line.path} fill="none" strokeWidth={2} {...lineStyle(i)} />
            {line.plotted.length === 1 && (
              <circle
                cx={line.plotted[0].x}
                cy={line.plotted[0].y}
                r={3}
                fill={lineStyle(i).stroke}
              />
            )}
          </g>
        ))}
      </svg>
      {series.length > 1 && (
        <ul className={classes.legend} aria-label="Legend">
          {series.map((s, i) => (
            <li key={s.key} className={classes.item}>
              <svg width={28} height={10} aria-hidden>
                <line
                  x1={0}
                  x2={28}
                  y1={5}
                  y2={5}
                  strokeWidth={2}
                  {...lineStyle(i)}
                />
              </svg>
              <Typography variant="body2" component="span">
                {s.label}
              </Typography>
            </li>
          ))}
        </ul>
      )}
      {marks.length > 0 && (
        <figcaption>
          <ol className={classes.markers} aria-label="Changes of standard">
            {marks.map((mark, i) => (
              <li key={`${mark.time}-${i}`}>
                <Typography variant="body2">
                  <strong>S{i + 1}</strong>, {shortDate(mark.time)}:{' '}
                  {mark.label}
                </Typography>
              </li>
            ))}
          </ol>
        </figcaption>
      )}
    </figure>
  );
}

/**
 * One entity's score over time (one point per change, as a step line up to now) with the changes of standard marked:
 * a component's score trend and a roll-up's history.
 */
export function ScoreHistoryChart(props: {
  title: string;
  entityRef: string;
  items: { recordedAt: string; score: number }[];
  changes: StandardChange[];
  now: number;
}) {
  const { items } = props;
  return (
    <ScoreChart
      title={props.title}
      series={[
        {
          key: props.entityRef,
          label: 'Score',
          points: items.map(i => ({
            time: Date.parse(i.recordedAt),
            score: i.score,
          })),
        },
      ]}
      markers={standardMarkers(props.changes)}
      range={{
        start: Date.parse(items[0].recordedAt),
        end: Math.max(
          props.now,
          Date.parse(items[items.length - 1].recordedAt),
        ),
      }}
      step
      endLabel="now"
    />
  );
}
