import {
  SmoIncidentSource,
  SmoIncidentSourcesExtensionPoint,
} from '@smo-backstage/plugin-smo-node';

/** Collects incident sources added through `smoIncidentSourcesExtensionPoint`. */
export class ContributedIncidentSources
  implements SmoIncidentSourcesExtensionPoint
{
  private readonly sources = new Map<string, SmoIncidentSource>();
  private locked = false;

  addIncidentSource(...sources: SmoIncidentSource[]): void {
    for (const source of sources) {
      if (this.locked) {
        throw new Error(
          `Incident source '${source.id}' was added after the SMO plugin started`,
        );
      }
      if (this.sources.has(source.id)) {
        throw new Error(`Incident source '${source.id}' is added twice`);
      }
      this.sources.set(source.id, source);
    }
  }

  /** Freezes the contributions; called once the plugin starts. */
  lock(): SmoIncidentSource[] {
    this.locked = true;
    return [...this.sources.values()];
  }
}
