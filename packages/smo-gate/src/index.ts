/**
 * smo-gate: the SMO readiness gate for CI pipelines (docs/api.md, "CI gate").
 *
 *   smo-gate <entityRef> [--url <backend base url>] [--token-file <path>] [--max-age <age>] [--json]
 *
 * Environment: SMO_BACKEND_URL, SMO_TOKEN (a Backstage service token; BACKSTAGE_TOKEN is read too).
 * Exit codes: 0 ready, 1 not ready (blockers printed), 2 usage, authentication, stale or unexpected answers, errors.
 *
 * @packageDocumentation
 */

import { EXIT, main } from './main';
import { consoleOutput } from './output';

main(process.argv.slice(2)).then(
  code => {
    process.exitCode = code;
  },
  error => {
    // A bug, not an answer: never let it pass for exit code 1 (not ready).
    consoleOutput.err(`smo-gate: ${error?.stack ?? error}`);
    process.exitCode = EXIT.error;
  },
);
