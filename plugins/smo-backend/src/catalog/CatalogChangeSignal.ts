import {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  CATALOG_CHANGES_PATH,
  CatalogKindChanges,
} from '@smo-backstage/plugin-smo-common';

/** Tells cheaply whether catalog entities of some kinds changed, without reading them. */
export interface CatalogChangeSignal {
  /**
   * The signal of each of `kinds` (lower case), in that order; undefined when the catalog does not give one (a
   * catalog without the SMO module or an older one, or any failure): then the caller reads the entities instead.
   */
  read(kinds: string[]): Promise<CatalogKindChanges[] | undefined>;
}

const isCatalogKindChanges = (value: unknown): value is CatalogKindChanges => {
  const v = value as CatalogKindChanges;
  return (
    typeof v?.kind === 'string' &&
    Number.isInteger(v.count) &&
    typeof v.digest === 'string' &&
    v.digest.length > 0
  );
};

/** {@link CatalogChangeSignal} over HTTP, as this plugin's service identity. */
export class HttpCatalogChangeSignal implements CatalogChangeSignal {
  private constructor(
    private readonly options: {
      discovery: DiscoveryService;
      auth: AuthService;
      logger: LoggerService;
      fetch: typeof fetch;
    },
  ) {}

  static create(options: {
    discovery: DiscoveryService;
    auth: AuthService;
    logger: LoggerService;
    fetch?: typeof fetch;
  }): HttpCatalogChangeSignal {
    return new HttpCatalogChangeSignal({
      ...options,
      fetch: options.fetch ?? fetch,
    });
  }

  async read(kinds: string[]): Promise<CatalogKindChanges[] | undefined> {
    const { discovery, auth, logger } = this.options;
    try {
      const { token } = await auth.getPluginRequestToken({
        onBehalfOf: await auth.getOwnServiceCredentials(),
        targetPluginId: 'catalog',
      });
      const query = new URLSearchParams(kinds.map(kind => ['kind', kind]));
      const res = await this.options.fetch(
        `${await discovery.getBaseUrl(
          'catalog',
        )}${CATALOG_CHANGES_PATH}?${query}`,
        { headers: { authorization: `Bearer ${token}` } },
      );
      if (!res.ok) {
        // 404: a catalog without the SMO catalog module, or one older than the signal.
        const log = res.status === 404 ? logger.debug : logger.warn;
        log.call(
          logger,
          `The catalog gave no change signal (HTTP ${res.status}); the sweep reads the entities' etags instead`,
        );
        return undefined;
      }
      const body = await res.json();
      const items: unknown[] = Array.isArray(body?.kinds) ? body.kinds : [];
      // Exactly the kinds asked, in order: anything else is not a signal this client understands.
      if (
        items.length !== kinds.length ||
        !items.every(
          (item, i) => isCatalogKindChanges(item) && item.kind === kinds[i],
        )
      ) {
        logger.warn(
          'The catalog answered the change signal with an unexpected body; the sweep reads the entities instead',
        );
        return undefined;
      }
      return items as CatalogKindChanges[];
    } catch (error) {
      logger.warn(
        `The catalog's change signal failed (${error}); the sweep reads the entities' etags instead`,
      );
      return undefined;
    }
  }
}
