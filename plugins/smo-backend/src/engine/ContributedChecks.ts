import {
  SmoCheck,
  SmoChecksExtensionPoint,
  SmoFactProvider,
} from '@smo-backstage/plugin-smo-node';

/** Collects checks and fact providers added through `smoChecksExtensionPoint`. */
export class ContributedChecks implements SmoChecksExtensionPoint {
  private readonly checkMap = new Map<string, SmoCheck>();
  private readonly providerMap = new Map<string, SmoFactProvider>();
  private locked = false;

  addCheck(...checks: SmoCheck[]): void {
    for (const check of checks) {
      this.add(this.checkMap, check, 'check');
    }
  }

  addFactProvider(...providers: SmoFactProvider[]): void {
    for (const provider of providers) {
      this.add(this.providerMap, provider, 'fact provider');
    }
  }

  /** Freezes the contributions; called once the plugin starts. */
  lock(): { checks: SmoCheck[]; factProviders: SmoFactProvider[] } {
    this.locked = true;
    return {
      checks: [...this.checkMap.values()],
      factProviders: [...this.providerMap.values()],
    };
  }

  private add<T extends { id: string }>(
    map: Map<string, T>,
    item: T,
    what: string,
  ) {
    if (this.locked) {
      throw new Error(
        `SMO ${what} '${item.id}' was added after the smo plugin started`,
      );
    }
    if (map.has(item.id)) {
      throw new Error(`SMO ${what} '${item.id}' is added twice`);
    }
    map.set(item.id, item);
  }
}
