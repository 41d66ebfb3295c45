// Global teardown of playwright.config.mjs when SMO_E2E_UPDATE_DOCS is set: copies the screenshots docs/ shows from
// e2e/artifacts/ into docs/screenshots/.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const DOC_SHOTS = [
  'governance-not-ready',
  'governance-ready',
  'readiness-card-ready',
  'portfolio-not-ready',
  'demo-sign-in',
  // docs/handover.md
  'handover-not-ready',
  'handover-attestations',
  'handover-waiver-request',
  'handover-sign-offs',
  'handover-operational',
  'handover-decision-log',
  'handover-snapshot',
  'smo-gatekeeper',
  // docs/ui.md, service levels
  'service-levels-agreement',
  'service-levels-offering',
  'smo-service-levels',
  // docs/ui.md, docs/rollups.md
  'rollup-offering',
  'smo-portfolio-trend',
  'smo-executive-view',
  // docs/improvement.md, docs/ui.md
  'campaign-page',
  'improvement-page',
  'smo-continual-improvement',
];

export default function updateDocs() {
  const artifacts = new URL('../artifacts', import.meta.url).pathname;
  const docs = new URL('../../docs/screenshots', import.meta.url).pathname;
  mkdirSync(docs, { recursive: true });
  for (const name of DOC_SHOTS) {
    const shot = join(artifacts, `${name}.png`);
    if (existsSync(shot)) copyFileSync(shot, join(docs, `${name}.png`));
  }
}
