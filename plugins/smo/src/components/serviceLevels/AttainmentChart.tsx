import { BackstageTheme } from '@backstage/theme';
import { useTheme } from '@material-ui/core/styles';
import { DateTime } from 'luxon';
import { AgreementServiceLevels } from '../../api/SmoApi';
import { attainmentGrid, CellTone, describeGrid } from './attainmentGrid';

const LABEL_WIDTH = 120;
const CELL = { width: 64, height: 28, gap: 4 };
const HEADER = 22;

/**
 * Attainment per target and month as a grid of coloured cells in plain SVG (theme colours, the figure written in each
 * cell, so it reads without colour); one image whose label is the grid in a sentence, each cell with a tooltip.
 */
export function AttainmentChart(props: { agreement: AgreementServiceLevels }) {
  const theme = useTheme<BackstageTheme>();
  const grid = attainmentGrid(props.agreement);
  const fill: Record<CellTone, string> = {
    error: theme.palette.status.error,
    warning: theme.palette.status.warning,
    ok: theme.palette.status.ok,
    none: theme.palette.background.default,
  };
  const text = {
    fill: theme.palette.text.primary,
    fontSize: 11,
    fontFamily: theme.typography.fontFamily,
  };
  const width =
    LABEL_WIDTH + grid.months.length * (CELL.width + CELL.gap) + CELL.gap;
  const height = HEADER + grid.rows.length * (CELL.height + CELL.gap);
  const x = (i: number) => LABEL_WIDTH + i * (CELL.width + CELL.gap);
  const y = (j: number) => HEADER + j * (CELL.height + CELL.gap);

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ maxWidth: width * 1.5 }}
      role="img"
      aria-label={`Attainment by target and month. ${describeGrid(grid)}`}
    >
      {grid.months.map((month, i) => (
        <text
          key={month}
          x={x(i) + CELL.width / 2}
          y={HEADER - 8}
          textAnchor="middle"
          {...text}
          fill={theme.palette.text.secondary}
        >
          {DateTime.fromFormat(month, 'yyyy-MM').toFormat('LLL yy')}
        </text>
      ))}
      {grid.rows.map((row, j) => (
        <g key={row.label}>
          <text x={0} y={y(j) + CELL.height / 2 + 4} {...text}>
            {row.label}
          </text>
          {row.cells.map((cell, i) => (
            <g key={cell.month}>
              <rect
                x={x(i)}
                y={y(j)}
                width={CELL.width}
                height={CELL.height}
                rx={3}
                fill={fill[cell.tone]}
                fillOpacity={cell.tone === 'none' ? 1 : 0.25}
                stroke={
                  cell.tone === 'none' ? theme.palette.divider : fill[cell.tone]
                }
              >
                <title>{cell.title}</title>
              </rect>
              <text
                x={x(i) + CELL.width / 2}
                y={y(j) + CELL.height / 2 + 4}
                textAnchor="middle"
                {...text}
                fontWeight={cell.tone === 'error' ? 700 : 400}
              >
                {cell.text}
              </text>
            </g>
          ))}
        </g>
      ))}
    </svg>
  );
}
