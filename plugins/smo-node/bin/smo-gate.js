#!/usr/bin/env node
/* eslint-disable no-console */
// SMO readiness gate for CI pipelines. See docs/api.md.
//   smo-gate <entityRef> [--url <backend base url>] [--token <token>] [--json]
// Environment: SMO_BACKEND_URL, SMO_TOKEN (a Backstage service token; BACKSTAGE_TOKEN is read too).
// Exit codes: 0 ready, 1 not ready (blockers printed), 2 usage, authentication or other errors.

const USAGE =
  'usage: smo-gate <entityRef> [--url <backend base url>] [--token <token>] [--json]\n' +
  '  entityRef: kind:namespace/name, e.g. component:default/payments-gateway';

function parseArgs(argv) {
  const options = { json: false };
  const positional = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--url' || arg === '--token') {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      options[arg.slice(2)] = argv[++i];
    } else if (arg === '--help' || arg === '-h') throw new Error('help');
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
  options.token =
    options.token ?? process.env.SMO_TOKEN ?? process.env.BACKSTAGE_TOKEN;
  if (!options.url)
    throw new Error('the backend URL is required (--url or SMO_BACKEND_URL)');
  if (!options.token)
    throw new Error('a token is required (--token or SMO_TOKEN)');
  return options;
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
