import { parseArgs } from './args';
import { staleBy } from './freshness';
import { askGate } from './gate';
import {
  consoleOutput,
  failureMessage,
  messages,
  Output,
  printAnswer,
} from './output';
import { USAGE } from './usage';

/** 0 ready, 1 not ready (blockers printed), 2 anything that is not a trustworthy answer. */
export const EXIT = { ready: 0, notReady: 1, error: 2 } as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Runs the gate for the arguments (without `node` and the script); resolves with the exit code. */
export async function main(
  argv: string[],
  {
    env = process.env,
    output = consoleOutput,
    fetch: fetchImpl,
  }: { env?: NodeJS.ProcessEnv; output?: Output; fetch?: typeof fetch } = {},
): Promise<ExitCode> {
  let parsed;
  try {
    parsed = parseArgs(argv, env);
  } catch (error) {
    output.err(messages.usage((error as Error).message));
    return EXIT.error;
  }
  if (parsed.help) {
    output.err(USAGE);
    return EXIT.error;
  }
  const { options } = parsed;

  const outcome = await askGate({ ...options, fetch: fetchImpl });
  if (outcome.type !== 'answer') {
    output.err(failureMessage(outcome, options.url));
    return EXIT.error;
  }

  const { answer } = outcome;
  const ageS = staleBy(answer, options.maxAgeS);
  if (ageS !== undefined) {
    output.err(messages.stale(answer, ageS, options.maxAgeS));
    return EXIT.error;
  }
  printAnswer(output, answer, options.json);
  return answer.pass ? EXIT.ready : EXIT.notReady;
}
