// Bench-only Backstage backend with Tech Insights, for bench/compare (see bench/README.md).
// Plain CommonJS so it runs on Node without a build step, like the demo backend under the bench.
const { createBackend } = require('@backstage/backend-defaults');

const backend = createBackend();
backend.add(require('@backstage/plugin-catalog-backend').default);
backend.add(require('./smoKindsModule').default);
backend.add(
  require('@backstage-community/plugin-tech-insights-backend').default,
);
backend.add(
  require('@backstage-community/plugin-tech-insights-backend-module-jsonfc')
    .default,
);
backend.add(require('./smoFactRetrieverModule').default);
backend.start();
