import {
  chartGeometry,
  describeChart,
  standardChangeLabel,
  standardMarkers,
} from './trendChart';
import { techdocsBlocking } from './__testUtils__/rollups';

const BOX = { left: 0, top: 0, width: 100, height: 100 };
const day = (d: string) => Date.parse(`${d}T00:00:00Z`);

describe('trendChart', () => {
  const range = { start: day('2026-10-01'), end: day('2026-10-11') };
  const series = [
    {
      key: 'a',
      label: 'Online Checkout',
      points: [
        { time: day('2026-10-01'), score: 80 },
        { time: day('2026-10-11'), score: 60 },
      ],
    },
  ];

  it('joins daily points and steps between changes', () => {
    expect(chartGeometry(series, [], range, BOX).lines[0].path).toBe(
      'M0,20L100,40',
    );
    expect(
      chartGeometry(
        [{ ...series[0], points: series[0].points.slice(0, 1) }],
        [],
        range,
        BOX,
        true,
      ).lines[0].path,
    ).toBe('M0,20H100');
  });

  it('places a change of standard where it happened and leaves out those outside the range', () => {
    const markers = [
      { time: day('2026-10-06'), label: 'inside' },
      { time: day('2026-09-01'), label: 'before' },
    ];
    expect(chartGeometry(series, markers, range, BOX).marks).toEqual([
      { time: day('2026-10-06'), label: 'inside', x: 50 },
    ]);
  });

  it('labels a change of standard by what changed', () => {
    expect(standardChangeLabel(techdocsBlocking)).toBe(
      'Standard changed: docs.techdocs: tier-2 advisory → blocking',
    );
    expect(standardChangeLabel({ ...techdocsBlocking, changes: [] })).toBe(
      'Standard changed: 1 check changed',
    );
    expect(standardMarkers([techdocsBlocking])).toEqual([
      {
        time: Date.parse('2026-10-15T08:00:00.000Z'),
        label: 'Standard changed: docs.techdocs: tier-2 advisory → blocking',
      },
    ]);
  });

  it('says the chart in sentences, the change of standard included', () => {
    expect(
      describeChart(
        'Readiness score by offering',
        series,
        [
          {
            time: day('2026-10-06'),
            label: 'Standard changed: x: advisory → blocking',
          },
        ],
        range,
      ),
    ).toMatch(
      /^Readiness score by offering, .+ to .+: Online Checkout 80 → 60\. The standard changed: .+ \(x: advisory → blocking\)\.$/,
    );
    expect(describeChart('T', series, [], range)).toMatch(
      /The standard did not change in this range\.$/,
    );
  });
});
