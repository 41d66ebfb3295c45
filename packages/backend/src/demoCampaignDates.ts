import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  ConfigSource,
  ConfigSources,
  ReadConfigDataOptions,
} from '@backstage/config-loader';
import { JsonObject, JsonValue } from '@backstage/types';
import { DateTime } from 'luxon';

/** The month the campaign dates of app-config.yaml were written for: "a month ago", "in two months" from then. */
export const CAMPAIGN_DATES_WRITTEN_FOR = '2026-12';

/** Whole months from the month the dates were written for to the month of `now`. */
export function monthsSinceWritten(now: DateTime): number {
  const written = DateTime.fromISO(`${CAMPAIGN_DATES_WRITTEN_FOR}-01`, {
    zone: 'utc',
  });
  const { months } = now
    .toUTC()
    .startOf('month')
    .diff(written, 'months')
    .toObject();
  return Math.round(months ?? 0);
}

const moveDate = (value: JsonValue | undefined, months: number) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? DateTime.fromISO(value, { zone: 'utc' }).plus({ months }).toISODate()!
    : value;

/**
 * `data` with each campaign's start and deadlines (`smo.improvement.campaigns`) moved by `months`; everything else as
 * it was. A date moved past the end of a shorter month ends up on its last day, so the order of dates is kept.
 */
export function moveCampaignDates(
  data: JsonObject,
  months: number,
): JsonObject {
  const smo = data.smo as JsonObject | undefined;
  const improvement = smo?.improvement as JsonObject | undefined;
  const campaigns = improvement?.campaigns;
  if (!months || !Array.isArray(campaigns)) return data;
  const moved = campaigns.map(campaign => {
    if (!campaign || typeof campaign !== 'object' || Array.isArray(campaign)) {
      return campaign;
    }
    const deadlines = campaign.deadlines;
    return {
      ...campaign,
      ...(campaign.start !== undefined && {
        start: moveDate(campaign.start, months)!,
      }),
      ...(campaign.deadline !== undefined && {
        deadline: moveDate(campaign.deadline, months)!,
      }),
      ...(deadlines &&
        typeof deadlines === 'object' &&
        !Array.isArray(deadlines) && {
          deadlines: Object.fromEntries(
            Object.entries(deadlines).map(([tier, date]) => [
              tier,
              moveDate(date, months)!,
            ]),
          ),
        }),
    };
  });
  return {
    ...data,
    smo: { ...smo, improvement: { ...improvement, campaigns: moved } },
  };
}

/** A config source whose campaign dates are moved by whole months. */
class MovedCampaignDates implements ConfigSource {
  constructor(
    private readonly source: ConfigSource,
    private readonly months: number,
  ) {}

  async *readConfigData(options?: ReadConfigDataOptions) {
    for await (const { configs } of this.source.readConfigData(options)) {
      yield {
        configs: configs.map(c => ({
          ...c,
          data: moveCampaignDates(c.data, this.months),
        })),
      };
    }
  }

  toString() {
    return `${this.source}, campaign dates moved by ${this.months} months`;
  }
}

/**
 * Demo only: the root config as backend-defaults loads it (app-config files, --config, APP_CONFIG_ variables), with the
 * demo campaigns' dates moved with the calendar, so that whenever the demo runs one campaign's deadline has just
 * passed and the other's is months ahead — the stories its pages and e2e show. A real portfolio's campaigns keep
 * their dates.
 */
export const demoRootConfigServiceFactory = createServiceFactory({
  service: coreServices.rootConfig,
  deps: {},
  async factory() {
    const source = new MovedCampaignDates(
      ConfigSources.default({}),
      monthsSinceWritten(DateTime.utc()),
    );
    // eslint-disable-next-line no-console
    console.log(`Loading config from ${source}`);
    return await ConfigSources.toConfig(source);
  },
});
