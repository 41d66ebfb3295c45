#!/usr/bin/env node
/* eslint-disable no-console */
// SMO readiness gate for CI pipelines. See docs/api.md.
//   smo-gate <entityRef> [--url <backend base url>] [--token-file <path>] [--max-age <age>] [--json]
// Environment: SMO_BACKEND_URL, SMO_TOKEN (a Backstage service token; BACKSTAGE_TOKEN is read too).
// Exit codes: 0 ready, 1 not ready (blockers printed), 2 usage, authentication, stale or unexpected answers, errors.
const { readFileSync } = require('node:fs');

const USAGE =
  'usage: smo-gate <entityRef> [--url <backend base url>] [--token-file <path>] [--max-age <age>] [--json]\n' +
  '  entityRef: kind:namespace/name, e.g. component:default/payments-gateway\n' +
  '  token: SMO_TOKEN in the environment, or --token-file (never on the command line, where `ps` shows it)\n' +
  '  --max-age: how old the evaluation may be, e.g. 45m, 2h, 1d (default 1h; 0 accepts any age)';

const UNITS = { s: 1, m: 60, h: 3600, d: 86400 };
const DEFAULT_MAX_AGE_S = 3600;

/** `90`, `45m`, `2h`, `1d` → seconds. */
function parseAge(value) {
  const match = /^(\d+)([smhd]?)$/.exec(value);
  if (!match)
    throw new Error(`--max-age '${value}' is not an age like 45m, 2h or 1d`);
  return Number(match[1]) * UNITS[match[2] || 's'];
}

function parseArgs(argv) {
  const options = { json: false, maxAgeS: DEFAULT_MAX_AGE_S };
  const positional = [];
  const valueOf = i => {
    if (i + 1 >= argv.length) throw new Error(`${argv[i]} needs a value`);
    return argv[i + 1];
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--url') options.url = valueOf(i++);
    else if (arg === '--token-file') options.tokenFile = valueOf(i++);
    else if (arg === '--max-age') options.maxAgeS = parseAge(valueOf(i++));
    else if (arg === '--token')
      throw new Error(
        '--token is not accepted: a token on the command line is visible to every user of the machine (ps); set SMO_TOKEN or use --token-file',
      );
    else if (arg === '--help' || arg === '-h') throw new Error('help');
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else positional.push(arg);
  }
  if (positional.length !== 1)
    throw new Error('exactly one entityRef is required');
  const match = /^([^:/\s]+):([^:/\s]+)\/([^:/\s]+)$/.exec(positional[0]);
  if (!match)
    throw new Error(
      `'${positional[0]}' is not an entity ref of the form kind:namespace/name`,
    );
  options.ref = { kind: match[1], namespace: match[2], name: match[3] };
  options.url = options.url ?? process.env.SMO_BACKEND_URL;
  options.token = options.tokenFile
    ? readToken(options.tokenFile)
    : process.env.SMO_TOKEN ?? process.env.BACKSTAGE_TOKEN;
  if (!options.url)
    throw new Error('the backend URL is required (--url or SMO_BACKEND_URL)');
  if (!options.token)
    throw new Error('a token is required (SMO_TOKEN or --token-file)');
  return options;
}

function readToken(path) {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch (error) {
    throw new Error(`cannot read the token file ${path}: ${error.message}`);
  }
}

/** A gate answer as the API documents it; anything else is not trusted with an exit code 0 or 1. */
function isGateAnswer(body) {
  return (
    body !== null &&
    typeof body === 'object' &&
    typeof body.pass === 'boolean' &&
    typeof body.entityRef === 'string' &&
    typeof body.evaluatedAt === 'string' &&
    !Number.isNaN(Date.parse(body.evaluatedAt)) &&
    Array.isArray(body.blockers)
  );
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(
      error.message === 'help' ? USAGE : `smo-gate: ${error.message}\n${USAGE}`,
    );
    return 2;
  }
  const { kind, namespace, name } = options.ref;
  const url = `${options.url.replace(
    /\/+$/,
    '',
  )}/api/smo/gate/${encodeURIComponent(kind)}/${encodeURIComponent(
    namespace,
  )}/${encodeURIComponent(name)}`;
  let response;
  try {
    response = await fetch(url, {
      headers: { authorization: `Bearer ${options.token}` },
    });
  } catch (error) {
    console.error(
      `smo-gate: cannot reach ${options.url}: ${
        error.cause?.message ?? error.message
      }`,
    );
    return 2;
  }
  const body = await response.json().catch(() => undefined);
  if (!response.ok) {
    const reason = body?.error?.message ?? response.statusText;
    console.error(`smo-gate: ${response.status} ${reason}`);
    return 2;
  }
  if (!isGateAnswer(body)) {
    console.error(
      `smo-gate: ${url} answered ${response.status} with something that is not a gate answer (is --url the Backstage backend?)`,
    );
    return 2;
  }
  const ageS = (Date.now() - Date.parse(body.evaluatedAt)) / 1000;
  if (options.maxAgeS > 0 && ageS > options.maxAgeS) {
    console.error(
      `smo-gate: the evaluation of ${body.entityRef} is ${Math.round(
        ageS / 60,
      )} minutes old (evaluated ${body.evaluatedAt}; --max-age ${
        options.maxAgeS
      }s): the SMO backend has not confirmed it since — check its readiness sweep`,
    );
    return 2;
  }
  if (options.json) {
    console.log(JSON.stringify(body, null, 2));
  } else if (body.pass) {
    console.log(
      `✔ ${body.entityRef} is ready for operations (score ${body.score}, evaluated ${body.evaluatedAt})`,
    );
  } else {
    console.log(
      `✘ ${body.entityRef} is not ready (score ${body.score}, evaluated ${body.evaluatedAt}); blockers:`,
    );
    for (const b of body.blockers) {
      console.log(
        `  - ${b.id} [${b.status}] ${b.message}\n    fix: ${b.howToFix}`,
      );
    }
  }
  return body.pass ? 0 : 1;
}

main().then(code => {
  process.exitCode = code;
});
