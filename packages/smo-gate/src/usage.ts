/** What `smo-gate --help` prints, and what follows every usage error. */
export const USAGE =
  'usage: smo-gate <entityRef> [--url <backend base url>] [--token-file <path>] [--max-age <age>] [--json]\n' +
  '  entityRef: kind:namespace/name, e.g. component:default/payments-gateway\n' +
  '  token: SMO_TOKEN in the environment, or --token-file (never on the command line, where `ps` shows it)\n' +
  '  --max-age: how old the evaluation may be, e.g. 45m, 2h, 1d (default 1h; 0 accepts any age)';
