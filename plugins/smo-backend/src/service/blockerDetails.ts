import { ReadinessResult } from '@smo-backstage/plugin-smo-common';

/** The blocking checks of a result with what was found and how to fix each: the CI gate's and MCP's answer. */
export function blockerDetails(result: ReadinessResult) {
  return result.checks
    .filter(c => result.blockers.includes(c.id))
    .map(({ id, title, status, message, howToFix }) => ({
      id,
      title,
      status,
      message,
      howToFix,
    }));
}
