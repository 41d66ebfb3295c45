import { useTheme } from '@material-ui/core/styles';
import { BackstageTheme } from '@backstage/theme';
import { DateTime } from 'luxon';
import { ReadinessHistoryPoint } from '../../api/SmoApi';
import { describeTrend, trendGeometry } from './trend';

const WIDTH = 600;
const HEIGHT = 180;
const BOX = { left: 36, top: 10, width: WIDTH - 52, height: HEIGHT - 40 };
const TICKS = [0, 50, 100];

const shortDate = (millis: number) =>
  DateTime.fromMillis(millis).toLocaleString(DateTime.DATE_MED);

/**
 * Score over time as a small step chart in plain SVG, in theme colours; the whole chart is one image whose label is
 * the sentence from `describeTrend`, and each point has a tooltip with its score, verdict and date.
 */
export function ScoreTrendChart(props: {
  items: ReadinessHistoryPoint[];
  now: number;
}) {
  const theme = useTheme<BackstageTheme>();
  const { points, path } = trendGeometry(props.items, props.now, BOX);
  const start = Date.parse(props.items[0].recordedAt);
  const end = Math.max(
    props.now,
    Date.parse(props.items[props.items.length - 1].recordedAt),
  );
  const axis = {
    fill: theme.palette.text.secondary,
    fontSize: 11,
    fontFamily: theme.typography.fontFamily,
  };
  const y = (score: number) => BOX.top + (1 - score / 100) * BOX.height;

  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      role="img"
      aria-label={`Score trend. ${describeTrend(props.items)}`}
    >
      {TICKS.map(tick => (
        <g key={tick}>
          <line
            x1={BOX.left}
            x2={BOX.left + BOX.width}
            y1={y(tick)}
            y2={y(tick)}
            stroke={theme.palette.divider}
            strokeDasharray={tick === 0 ? undefined : '4 4'}
          />
          <text x={BOX.left - 6} y={y(tick) + 4} textAnchor="end" {...axis}>
            {tick}
          </text>
        </g>
      ))}
      <text x={BOX.left} y={HEIGHT - 8} {...axis}>
        {shortDate(start)}
      </text>
      <text x={BOX.left + BOX.width} y={HEIGHT - 8} textAnchor="end" {...axis}>
        {end === props.now ? 'now' : shortDate(end)}
      </text>
      <path
        d={path}
        fill="none"
        stroke={theme.palette.primary.main}
        strokeWidth={2}
      />
      {points.map(p => (
        <circle
          key={p.recordedAt}
          cx={p.x}
          cy={p.y}
          r={4}
          fill={
            p.verdict === 'ready'
              ? theme.palette.status.ok
              : theme.palette.status.error
          }
          stroke={theme.palette.background.paper}
        >
          <title>{`${p.score} — ${
            p.verdict === 'ready' ? 'ready' : 'not ready'
          }, ${p.tier}, ${DateTime.fromISO(p.recordedAt).toLocaleString(
            DateTime.DATETIME_MED,
          )}`}</title>
        </circle>
      ))}
    </svg>
  );
}
