import { Gauge } from '@backstage/core-components';
import Box from '@material-ui/core/Box';

/** The 0–100 readiness score as Backstage's gauge, announced as text to screen readers. */
export function ScoreGauge(props: {
  score: number;
  size?: 'normal' | 'small';
}) {
  return (
    <Box
      role="img"
      aria-label={`Readiness score ${props.score} out of 100`}
      maxWidth={props.size === 'small' ? 120 : 200}
      mx="auto"
    >
      <Gauge
        value={props.score}
        fractional={false}
        max={100}
        unit="%"
        size={props.size}
      />
    </Box>
  );
}
