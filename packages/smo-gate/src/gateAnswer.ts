import { GetGateResponse } from '@smo-backstage/plugin-smo-common';

/**
 * A gate answer as the API documents it. The client types the body but does not check it: anything else (a login
 * page behind a proxy, another service's JSON) is not trusted with an exit code 0 or 1.
 */
export function isGateAnswer(body: unknown): body is GetGateResponse {
  if (body === null || typeof body !== 'object') return false;
  const answer = body as Record<string, unknown>;
  return (
    typeof answer.pass === 'boolean' &&
    typeof answer.entityRef === 'string' &&
    typeof answer.evaluatedAt === 'string' &&
    !Number.isNaN(Date.parse(answer.evaluatedAt)) &&
    Array.isArray(answer.blockers)
  );
}
