import { SmoApiModels } from '@smo-backstage/plugin-smo-common';
import {
  DefaultCampaignService,
  MemberQuery,
} from '../../campaigns/DefaultCampaignService';
import { refKey } from '../../catalog/refs';
import { Caller } from '../caller';
import { CampaignService } from '../interfaces';
import { EntityVisibility } from './EntityVisibility';

/**
 * Campaigns for a caller: progress, burn-up, teams and members count only the components they can see. The campaigns
 * themselves are configuration, shown to every signed-in user.
 */
export class AuthorizedCampaignService implements CampaignService {
  constructor(
    private readonly inner: DefaultCampaignService,
    private readonly visibility: EntityVisibility,
  ) {}

  async list(caller: Caller) {
    return this.inner.list(await this.visibility.scored(caller.credentials));
  }

  async get(id: string, caller: Caller): Promise<SmoApiModels.CampaignDetail> {
    return this.inner.get(id, await this.visibility.scored(caller.credentials));
  }

  async members(
    id: string,
    query: MemberQuery,
    caller: Caller,
  ): Promise<{ totalCount: number; items: SmoApiModels.CampaignMember[] }> {
    return this.inner.members(
      id,
      { ...query, owner: query.owner && refKey(query.owner) },
      await this.visibility.scored(caller.credentials),
    );
  }
}
