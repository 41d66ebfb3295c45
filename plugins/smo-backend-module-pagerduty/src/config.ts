import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { SlaPriority } from '@smo-backstage/plugin-smo-common';

/**
 * Typed, validated `smo.serviceLevels.pagerduty`.
 *
 * @public
 */
export interface PagerDutyConfig {
  /** REST API key, sent as `Authorization: Token token=…`. */
  token: string;
  /** Without a trailing slash, e.g. `https://api.pagerduty.com`. */
  baseUrl: string;
  /** Incidents per request, 1–100. */
  pageSize: number;
  /** Incidents of these priorities count as outages. */
  outagePriorities: SlaPriority[];
  /** The priority of an incident without a PagerDuty priority, by its urgency. */
  urgencyPriorities: Record<'high' | 'low', SlaPriority>;
  /** PagerDuty service id → canonical entity ref; wins over the catalog's annotations. */
  services: Record<string, string>;
  /** Retries of a request answered 429 or 5xx (or not answered) before the read fails. */
  maxRetries: number;
}

const KEY = 'smo.serviceLevels.pagerduty';
const PRIORITIES: readonly string[] = ['P1', 'P2', 'P3', 'P4'];

const invalid = (key: string, why: string) =>
  new Error(`Invalid SMO configuration at ${KEY}.${key}: ${why}`);

function priority(value: string, key: string): SlaPriority {
  if (!PRIORITIES.includes(value)) {
    throw invalid(key, `${JSON.stringify(value)} is not one of P1, P2, P3, P4`);
  }
  return value as SlaPriority;
}

function wholeNumber(
  config: Config,
  key: string,
  fallback: number,
  min: number,
  max = Infinity,
) {
  const value = config.getOptionalNumber(key) ?? fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw invalid(
      key,
      max === Infinity
        ? `must be a whole number of at least ${min}`
        : `must be a whole number from ${min} to ${max}`,
    );
  }
  return value;
}

function baseUrl(config: Config): string {
  const value =
    config.getOptionalString('baseUrl') ?? 'https://api.pagerduty.com';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid('baseUrl', `${JSON.stringify(value)} is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalid('baseUrl', 'must be an http(s) URL');
  }
  return value.replace(/\/+$/, '');
}

/** Service ids mapped by hand; a ref without a kind is a Component's, so `online-checkout-web` is enough. */
function services(config: Config): Record<string, string> {
  const map = config.getOptionalConfig('services');
  const result: Record<string, string> = {};
  for (const serviceId of map?.keys() ?? []) {
    const value = map!.getString(serviceId);
    let ref;
    try {
      ref = parseEntityRef(value, {
        defaultKind: 'component',
        defaultNamespace: 'default',
      });
    } catch {
      throw invalid(
        `services.${serviceId}`,
        `${JSON.stringify(value)} is not an entity ref`,
      );
    }
    if (!['component', 'serviceoffering'].includes(ref.kind.toLowerCase())) {
      throw invalid(
        `services.${serviceId}`,
        `${JSON.stringify(value)} is not a Component or ServiceOffering`,
      );
    }
    result[serviceId] = stringifyEntityRef(ref).toLocaleLowerCase('en-US');
  }
  return result;
}

/**
 * Reads `smo.serviceLevels.pagerduty`: undefined when it is absent (the module then adds nothing); a bad value throws
 * naming the key, so a typo stops the backend instead of silently measuring nothing.
 *
 * @public
 */
export function readPagerDutyConfig(root: Config): PagerDutyConfig | undefined {
  const config = root.getOptionalConfig(KEY);
  if (!config) return undefined;
  const token = config.getOptionalString('token')?.trim();
  if (!token) throw invalid('token', 'required (a PagerDuty REST API key)');
  return {
    token,
    baseUrl: baseUrl(config),
    pageSize: wholeNumber(config, 'pageSize', 100, 1, 100),
    outagePriorities: (
      config.getOptionalStringArray('outagePriorities') ?? ['P1']
    ).map((p, i) => priority(p, `outagePriorities[${i}]`)),
    urgencyPriorities: {
      high: priority(
        config.getOptionalString('urgencyPriorities.high') ?? 'P2',
        'urgencyPriorities.high',
      ),
      low: priority(
        config.getOptionalString('urgencyPriorities.low') ?? 'P3',
        'urgencyPriorities.low',
      ),
    },
    services: services(config),
    maxRetries: wholeNumber(config, 'maxRetries', 5, 0),
  };
}
