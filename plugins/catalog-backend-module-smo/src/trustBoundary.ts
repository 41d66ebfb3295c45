import {
  LoggerService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { SMO_KINDS } from '@smo-backstage/plugin-smo-common';

/**
 * The SMO kinds a global `catalog.rules` entry without `locations` allows — that is, from every location anyone can
 * register. An offering or process owner grants authority (tiers, sign-off roles), so SMO kinds should come only from
 * locations the SMO controls.
 */
export function smoKindsAllowedEverywhere(config: RootConfigService): string[] {
  const smoKinds = Object.values(SMO_KINDS).map(k =>
    k.toLocaleLowerCase('en-US'),
  );
  const allowed = new Set<string>();
  for (const rule of config.getOptionalConfigArray('catalog.rules') ?? []) {
    if (rule.has('locations')) continue;
    const allow = rule.getOptional<unknown[]>('allow') ?? [];
    for (const item of allow) {
      const kind =
        typeof item === 'string' ? item : (item as { kind?: unknown })?.kind;
      if (
        typeof kind === 'string' &&
        smoKinds.includes(kind.toLocaleLowerCase('en-US'))
      ) {
        allowed.add(kind);
      }
    }
  }
  return [...allowed];
}

/** Warns at start-up when SMO kinds are allowed from every location (docs/install.md, step 2). */
export function warnIfSmoKindsAllowedEverywhere(
  config: RootConfigService,
  logger: LoggerService,
) {
  const kinds = smoKindsAllowedEverywhere(config);
  if (kinds.length > 0) {
    logger.warn(
      `catalog.rules allow ${kinds.join(
        ', ',
      )} from every location: whoever can register a location can then claim components, set tiers and become a sign-off role holder. Allow the SMO kinds only from the locations the SMO controls (a rule with "locations"; docs/install.md, step 2).`,
    );
  }
}
