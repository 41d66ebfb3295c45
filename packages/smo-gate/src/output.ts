/* eslint-disable no-console */
import { GetGateResponse } from '@smo-backstage/plugin-smo-common';
import { GateOutcome } from './gate';
import { USAGE } from './usage';

/** Where the CLI writes: the answer to stdout, everything that is not an answer to stderr. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const consoleOutput: Output = {
  out: text => console.log(text),
  err: text => console.error(text),
};

/** The messages on stderr; each line starts with `smo-gate: `. */
export const messages = {
  usage: (problem: string) => `smo-gate: ${problem}\n${USAGE}`,
  unreachable: (url: string, reason: string) =>
    `smo-gate: cannot reach ${url}: ${reason}`,
  refused: (status: number, reason: string) => `smo-gate: ${status} ${reason}`,
  unreadable: (url: string, status: number) =>
    `smo-gate: ${url} answered ${status} with something that is not a gate answer (is --url the Backstage backend?)`,
  stale: (answer: GetGateResponse, ageS: number, maxAgeS: number) =>
    `smo-gate: the evaluation of ${answer.entityRef} is ${Math.round(
      ageS / 60,
    )} minutes old (evaluated ${
      answer.evaluatedAt
    }; --max-age ${maxAgeS}s): the SMO backend has not confirmed it since — check its readiness sweep`,
};

/** Why there is no answer to trust, for an outcome other than `answer`; `url` is the backend's base URL. */
export function failureMessage(
  outcome: Exclude<GateOutcome, { type: 'answer' }>,
  url: string,
): string {
  switch (outcome.type) {
    case 'unreachable':
      return messages.unreachable(url, outcome.reason);
    case 'refused':
      return messages.refused(outcome.status, outcome.reason);
    default:
      return messages.unreadable(outcome.url, outcome.status);
  }
}

/** The gate answer on stdout: as JSON, or a verdict line followed by each blocker with how to fix it. */
export function printAnswer(
  output: Output,
  answer: GetGateResponse,
  json: boolean,
): void {
  if (json) {
    output.out(JSON.stringify(answer, null, 2));
  } else if (answer.pass) {
    output.out(
      `✔ ${answer.entityRef} is ready for operations (score ${answer.score}, evaluated ${answer.evaluatedAt})`,
    );
  } else {
    output.out(
      `✘ ${answer.entityRef} is not ready (score ${answer.score}, evaluated ${answer.evaluatedAt}); blockers:`,
    );
    for (const b of answer.blockers) {
      output.out(
        `  - ${b.id} [${b.status}] ${b.message}\n    fix: ${b.howToFix}`,
      );
    }
  }
}
