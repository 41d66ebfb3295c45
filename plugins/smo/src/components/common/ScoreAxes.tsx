import { BackstageTheme } from '@backstage/theme';
import { useTheme } from '@material-ui/core/styles';

const TICKS = [0, 50, 100];

/** The plotting area of a score chart inside its SVG. */
export interface ChartBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The y position of a score (0–100) in `box`. */
export const scoreY = (box: ChartBox, score: number) =>
  box.top + (1 - score / 100) * box.height;

/**
 * The frame every score chart shares: grid lines at 0, 50 and 100 with their labels, and the first and last date
 * under the plot, in the theme's colours.
 */
export function ScoreAxes(props: {
  box: ChartBox;
  height: number;
  start: string;
  end: string;
  /** The label of a grid line (0, 50, 100); the number itself by default. A count chart scaled to 0–100 names its counts. */
  tickLabel?: (tick: number) => string;
}) {
  const theme = useTheme<BackstageTheme>();
  const { box } = props;
  const axis = {
    fill: theme.palette.text.secondary,
    fontSize: 11,
    fontFamily: theme.typography.fontFamily,
  };
  return (
    <>
      {TICKS.map(tick => (
        <g key={tick}>
          <line
            x1={box.left}
            x2={box.left + box.width}
            y1={scoreY(box, tick)}
            y2={scoreY(box, tick)}
            stroke={theme.palette.divider}
            strokeDasharray={tick === 0 ? undefined : '4 4'}
          />
          <text
            x={box.left - 6}
            y={scoreY(box, tick) + 4}
            textAnchor="end"
            {...axis}
          >
            {props.tickLabel ? props.tickLabel(tick) : tick}
          </text>
        </g>
      ))}
      <text x={box.left} y={props.height - 8} {...axis}>
        {props.start}
      </text>
      <text
        x={box.left + box.width}
        y={props.height - 8}
        textAnchor="end"
        {...axis}
      >
        {props.end}
      </text>
    </>
  );
}
