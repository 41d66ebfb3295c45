import { Entity } from '@backstage/catalog-model';
import { DateTime } from 'luxon';
import { RelatedEntityIndex } from '../catalog/RelatedEntityIndex';

export { group } from '@smo-backstage/plugin-smo-common/testUtils';

export const NOW = DateTime.fromISO('2026-11-23T12:00:00Z', { zone: 'utc' });

// The shared test portfolio (plugin-smo-common/testUtils), under the names these tests use.
export {
  portfolioAgreement as agreement,
  portfolioOffering as offering,
  portfolioProcessOwner as processOwner,
  portfolio,
  readyComponent,
} from '@smo-backstage/plugin-smo-common/testUtils';

export const indexOf = (entities: Entity[]) =>
  RelatedEntityIndex.fromEntities(entities);

/** An evidence source with nothing recorded. */
export const noRecordedEvidence = {
  load: async () => ({ attestations: new Map(), waivers: new Map() }),
};
