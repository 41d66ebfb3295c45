/* eslint-disable no-console */
// Readiness engine benchmark: evaluations per second on one core, through the backend's public alpha entry point
// (`createReadinessEngine`). Sweeps — catalog paging, engine and store together — are measured on the real backend by
// the compare bench. Run: ./run bench:engine  (see bench/README.md)
import { createReadinessEngine } from '@smo-backstage/plugin-smo-backend/alpha';
import { generateCatalog } from '../lib/generateCatalog';
import { markdownTable } from '../lib/markdownTable';

const sizes = (process.env.SMO_BENCH_SIZES ?? '1000,10000')
  .split(',')
  .map(Number);
const now = new Date();

/** Evaluations per second over the generated portfolio of `size` components, measured for two seconds. */
function engineThroughput(size: number) {
  const { components, related } = generateCatalog(size);
  const engine = createReadinessEngine({ related, now });
  let evaluations = 0;
  const started = performance.now();
  while (performance.now() - started < 2000) {
    for (const entity of components) engine.evaluate(entity);
    evaluations += components.length;
  }
  return evaluations / ((performance.now() - started) / 1000);
}

const rows = sizes.map(size => {
  const perSecond = engineThroughput(size);
  return [
    String(size),
    Math.round(perSecond).toLocaleString('en-US'),
    `${((1e6 / perSecond) as number).toFixed(1)} µs`,
  ];
});
console.log(
  markdownTable(
    ['components', 'engine evals/s (1 core)', 'per evaluation'],
    rows,
  ),
);
console.log('\nTarget (issue 19): engine ≥ 50,000 evals/s per core.');
