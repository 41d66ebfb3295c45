import { DEFAULT_MAX_AGE_S, parseAge } from './age';
import { readToken } from './token';

/** The entity the gate is asked about. */
export interface GateEntityRef {
  kind: string;
  namespace: string;
  name: string;
}

/** Everything a gate run needs, from the command line and the environment. */
export interface GateOptions {
  ref: GateEntityRef;
  /** The backend's base URL, e.g. `https://backstage.example.com` (the SMO API is under `/api/smo`). */
  url: string;
  token: string;
  /** How old the evaluation may be, in seconds; 0 accepts any age. */
  maxAgeS: number;
  json: boolean;
}

/** `--help` or `-h`: print the usage, do nothing else. */
export type ParsedArgs = { help: true } | { help: false; options: GateOptions };

const ENTITY_REF = /^([^:/\s]+):([^:/\s]+)\/([^:/\s]+)$/;

/**
 * Reads the arguments (without `node` and the script) and the environment: `SMO_BACKEND_URL`, `SMO_TOKEN` (or
 * `BACKSTAGE_TOKEN`). Throws an Error whose message says what is wrong with them; `--token` is always refused.
 */
export function parseArgs(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): ParsedArgs {
  let json = false;
  let maxAgeS = DEFAULT_MAX_AGE_S;
  let url: string | undefined;
  let tokenFile: string | undefined;
  const positional: string[] = [];
  const valueOf = (i: number) => {
    if (i + 1 >= argv.length) throw new Error(`${argv[i]} needs a value`);
    return argv[i + 1];
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') json = true;
    else if (arg === '--url') url = valueOf(i++);
    else if (arg === '--token-file') tokenFile = valueOf(i++);
    else if (arg === '--max-age') maxAgeS = parseAge(valueOf(i++));
    else if (arg === '--token') {
      throw new Error(
        '--token is not accepted: a token on the command line is visible to every user of the machine (ps); set SMO_TOKEN or use --token-file',
      );
    } else if (arg === '--help' || arg === '-h') return { help: true };
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else positional.push(arg);
  }
  if (positional.length !== 1) {
    throw new Error('exactly one entityRef is required');
  }
  const match = ENTITY_REF.exec(positional[0]);
  if (!match) {
    throw new Error(
      `'${positional[0]}' is not an entity ref of the form kind:namespace/name`,
    );
  }
  const ref = { kind: match[1], namespace: match[2], name: match[3] };
  url = url ?? env.SMO_BACKEND_URL;
  const token = tokenFile
    ? readToken(tokenFile)
    : env.SMO_TOKEN ?? env.BACKSTAGE_TOKEN;
  if (!url) {
    throw new Error('the backend URL is required (--url or SMO_BACKEND_URL)');
  }
  if (!token) {
    throw new Error('a token is required (SMO_TOKEN or --token-file)');
  }
  return { help: false, options: { ref, url, token, maxAgeS, json } };
}
