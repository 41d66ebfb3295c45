import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

type Severity = 'blocking' | 'advisory';
type SeverityByTier = {
  'tier-1'?: Severity;
  'tier-2'?: Severity;
  'tier-3'?: Severity;
  'tier-4'?: Severity;
};

export interface Config {
  smo?: {
    /** Transition-to-service readiness. See docs/configuration.md. */
    readiness?: {
      /**
       * Catalog filter selecting the scored entities (one object, or a list of alternatives).
       * Default: `{ kind: Component }`.
       */
      entityFilter?:
        | { [key: string]: string | string[] }
        | Array<{ [key: string]: string | string[] }>;
      /** When the sweep runs. Default: every 10 minutes, first after 20 seconds. */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      /** Days of score/verdict history to keep. Default 365. */
      historyRetentionDays?: number;
      /**
       * @deprecated Ignored: stored readiness, gate and history are served without asking the catalog to every caller
       * whose catalog read permission is unconditional (all service principals, such as the CI gate), and fail
       * closed (503) for the others while the catalog is unavailable. See docs/security.md.
       */
      serveStoredDuringCatalogOutage?: 'none' | 'services';
      /**
       * An optional readiness ladder. A level is reached when every check of it and of the levels below passes (or is
       * waived or not applicable); the handover requires `handover`: every check at or below it blocks, whatever its
       * severity. See docs/rollups.md#levels.
       */
      levels?: {
        /** Lowest first, e.g. design-ready, transition-ready, operation-ready, improving. */
        ladder: Array<{ id: string; title?: string }>;
        /** The level a handover requires. */
        handover: string;
      };
      /** Overrides per check id (built-in, custom or contributed). */
      checks?: {
        [checkId: string]: {
          enabled?: boolean;
          /** The level of `levels.ladder` the check belongs to (built-in checks declare one on the suggested ladder). */
          level?: string;
          /** Severity per tier; tiers left out keep their default. */
          severity?: SeverityByTier;
          weight?: number;
          /** Attestation checks only: days an attestation stays valid. */
          attestationValidityDays?: number;
        };
      };
      /** Declarative checks; each has exactly one rule. */
      customChecks?: Array<{
        id: string;
        title: string;
        category: string;
        howToFix: string;
        /** Default: advisory for every tier. */
        severity?: SeverityByTier;
        /** Default 1. */
        weight?: number;
        /** The level of `levels.ladder` the check belongs to; none by default. */
        level?: string;
        rule:
          | { annotationPresent: string }
          | { annotationMatches: { annotation: string; pattern: string } }
          | { linkType: string }
          | { relation: { type: string; targetKind?: string } }
          | { specEquals: { field: string; value: string | number | boolean } };
      }>;
    };
    /** Continual improvement. See docs/improvement.md. */
    improvement?: {
      /**
       * Campaigns: bring target checks (or the verdict) to a scope by a deadline. Before its tier's deadline a target
       * check is advisory in the scope; from it, it takes the campaign's severity — recorded as a change of standard.
       */
      campaigns?: Array<{
        /** Lower-case letters, digits, dots and dashes; appears in URLs. */
        id: string;
        title: string;
        description?: string;
        /** The group running the campaign (entity ref). */
        owner: string;
        /** A set of check ids, or the readiness verdict. */
        target: { checks: string[] } | { verdict: true };
        /** What the target checks become at the deadline. Default blocking. */
        severity?: 'blocking' | 'advisory';
        /** Every list given must match; none: every scored component. */
        scope?: {
          offerings?: string[];
          systems?: string[];
          owners?: string[];
          tiers?: Array<'tier-1' | 'tier-2' | 'tier-3' | 'tier-4'>;
          lifecycles?: string[];
        };
        /** YYYY-MM-DD (UTC). */
        start: string;
        /** YYYY-MM-DD for every tier; `deadlines` overrides it per tier. */
        deadline?: string;
        deadlines?: {
          'tier-1'?: string;
          'tier-2'?: string;
          'tier-3'?: string;
          'tier-4'?: string;
        };
        /** How often the owning teams of open components are reminded. Default every 7 days. */
        reminders?: { everyDays: number };
      }>;
    };
    /** The handover workflow. See docs/handover.md. */
    handover?: {
      /** Group whose members are SMO approvers. Default `group:default/smo`. */
      smoGroup?: string;
      /** Roles that must approve before a handover is accepted. Default: all four. */
      requiredSignOffs?: Array<
        | 'service-owner'
        | 'smo-approver'
        | 'incident-process-owner'
        | 'change-process-owner'
      >;
    };
    // smo.waivers.maxDays and smo.separationOfDuties are declared by @smo-backstage/plugin-smo, which shows them to
    // the frontend (it explains with them why an action is not offered); this backend enforces them.
    attestations?: {
      /** Attestation types accepted besides those of attestation checks. */
      types?: string[];
    };
    notifications?: {
      /** Days before expiry that waiver and attestation holders are reminded. Default 14. */
      expiryWarningDays?: number;
    };
    /** Service-level management from incident data. See docs/service-levels.md. */
    serviceLevels?: {
      incidents?: {
        /** Incident export files (JSON array or NDJSON), relative to the backend's working directory. */
        files?: string[];
      };
      /** Calendar months computed, the running one included. Default 13. */
      months?: number;
      /** Days after a month's end before its figures are frozen. Default 3. */
      freezeAfterDays?: number;
      /** When the figures are computed. Default: every hour, first after 30 seconds. */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      /**
       * What completing early-life support requires of the measured service levels, from the day it started. Not set:
       * nothing. Set without an incident source: completion is refused, as nothing can be measured.
       */
      earlyLifeSupportExit?: {
        /** No incident of these priorities (P1–P4) opened since then missed a target of the component's SLAs. */
        noBreachOf?: string[];
        /** Every month since then met the SLAs' promised availability. Default false. */
        availabilityMet?: boolean;
      };
    };
  };
}
