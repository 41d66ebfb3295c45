import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CatalogReader } from '../catalog/CatalogReader';
import { readReadinessConfig } from '../config';
import { buildCheckPlan } from '../engine/plan';
import { DefaultReadinessService } from '../service/DefaultReadinessService';
import { noRecordedEvidence, NOW } from './fixtures';

/** A catalog reader over a mock catalog of `entities`, scoring its Components. */
export const componentReader = (entities: Entity[]) =>
  CatalogReader.create({
    catalog: catalogServiceMock({ entities }),
    auth: mockServices.auth(),
    entityFilter: [{ kind: 'Component' }],
  });

type ServiceOptions = Parameters<typeof DefaultReadinessService.create>[0];

/**
 * A readiness service over `reader` and `store` with the built-in checks of the default configuration, no fact
 * providers and a mock logger; nothing recorded as evidence and the clock at {@link NOW} unless `options` say else.
 */
export const readinessService = (
  options: Pick<ServiceOptions, 'reader' | 'store'> & Partial<ServiceOptions>,
) =>
  DefaultReadinessService.create({
    checks: buildCheckPlan(readReadinessConfig(new ConfigReader({})), []),
    factProviders: [],
    evidence: noRecordedEvidence,
    logger: mockServices.logger.mock(),
    clock: () => NOW,
    ...options,
  });
