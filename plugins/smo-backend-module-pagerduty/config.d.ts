type Priority = 'P1' | 'P2' | 'P3' | 'P4';

export interface Config {
  smo?: {
    serviceLevels?: {
      /**
       * Incidents from PagerDuty (REST API v2) for service-level management. Without this key the PagerDuty module
       * adds no incident source. See docs/service-levels.md, "Connecting PagerDuty".
       */
      pagerduty?: {
        /**
         * A PagerDuty REST API key (read-only is enough).
         * @visibility secret
         */
        token: string;
        /** Default `https://api.pagerduty.com` (`https://api.eu.pagerduty.com` for the EU service region). */
        baseUrl?: string;
        /** Incidents per request, 1–100. Default 100. */
        pageSize?: number;
        /** Incidents of these priorities count as outages (availability). Default `[P1]`. */
        outagePriorities?: Priority[];
        /** The priority of an incident without a PagerDuty priority, by urgency. Default high → P2, low → P3. */
        urgencyPriorities?: {
          high?: Priority;
          low?: Priority;
        };
        /**
         * PagerDuty service id → entity ref (`component:default/online-checkout-web`), overriding the catalog's
         * `pagerduty.com/service-id` annotations.
         */
        services?: { [serviceId: string]: string };
        /** Retries of a request answered 429 or 5xx before the read fails. Default 5. */
        maxRetries?: number;
      };
    };
  };
}
