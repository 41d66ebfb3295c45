import { SmoApiModels } from '@smo-backstage/plugin-smo-common';
import {
  DefaultServiceLevelReports,
  ServiceLevelPortfolio,
} from '../../serviceLevels/DefaultServiceLevelReports';
import { Caller } from '../caller';
import { EntityRefParts, ServiceLevelReportService } from '../interfaces';
import { EntityVisibility } from './EntityVisibility';

/**
 * Service levels for a caller, with readiness's visibility rules: a report on an entity they cannot see is a 404, a
 * catalog that cannot be asked a 503; everything else the report names is read with their credentials.
 */
export class AuthorizedServiceLevelReports
  implements ServiceLevelReportService
{
  constructor(
    private readonly inner: DefaultServiceLevelReports,
    private readonly visibility: EntityVisibility,
  ) {}

  async report(
    ref: EntityRefParts,
    range: { from?: string; to?: string },
    caller: Caller,
  ): Promise<SmoApiModels.ServiceLevelReport> {
    await this.visibility.entity(
      `${ref.kind}:${ref.namespace}/${ref.name}`,
      caller.credentials,
      'path',
    );
    return this.inner.report(ref, range, caller.credentials);
  }

  portfolio(
    query: { month?: string; limit: number; offset: number },
    caller: Caller,
  ): Promise<ServiceLevelPortfolio> {
    return this.inner.portfolio(query, caller.credentials);
  }
}
