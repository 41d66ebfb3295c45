import { CompoundEntityRef } from '@backstage/catalog-model';
import { createApiRef } from '@backstage/frontend-plugin-api';
import {
  CheckDefinition,
  ReadinessResult,
  Tier,
  Verdict,
} from '@smo-backstage/plugin-smo-common';

/** Health of the SMO backend. @public */
export interface SmoHealth {
  status: 'ok';
}

/** An entity, as a ref string (`component:default/checkout`) or a compound ref. @public */
export type SmoEntityRef = string | CompoundEntityRef;

/** Filters, sort and page of the portfolio list (`GET /readiness`). All filters are optional. @public */
export interface ReadinessListQuery {
  /** Owner entity ref, e.g. `group:default/team-payments`. */
  owner?: string;
  /** System entity ref. */
  system?: string;
  /** ServiceOffering entity ref. */
  offering?: string;
  verdict?: Verdict;
  tier?: Tier;
  minScore?: number;
  maxScore?: number;
  sort?: 'score' | 'entityRef';
  order?: 'asc' | 'desc';
  /** 1–500. */
  limit?: number;
  offset?: number;
}

/** One row of the portfolio list. Refs are lower-case `kind:namespace/name`. @public */
export interface ReadinessSummary {
  entityRef: string;
  title?: string;
  tier: Tier;
  verdict: Verdict;
  score: number;
  /** Ids of the blocking checks that are not met. */
  blockers: string[];
  offerings: string[];
  ownerRef?: string;
  systemRef?: string;
  evaluatedAt: string;
}

/** One page of the portfolio list. @public */
export interface ReadinessPage {
  /** Matching entities across all pages. */
  totalCount: number;
  offset: number;
  limit: number;
  items: ReadinessSummary[];
}

/** One change of an entity's score, verdict or tier. @public */
export interface ReadinessHistoryPoint {
  tier: Tier;
  verdict: Verdict;
  score: number;
  recordedAt: string;
}

/** Score and verdict over time, oldest first. @public */
export interface ReadinessHistory {
  entityRef: string;
  items: ReadinessHistoryPoint[];
}

/** Typed access to the SMO backend (`/api/smo`). Non-2xx answers reject with a `ResponseError`. @public */
export interface SmoApi {
  getHealth(): Promise<SmoHealth>;
  /** The latest readiness of an entity, evaluated on demand if it was never swept. */
  getReadiness(entityRef: SmoEntityRef): Promise<ReadinessResult>;
  /** Re-evaluates the entity now (permission `smo.readiness.refresh`). */
  refreshReadiness(entityRef: SmoEntityRef): Promise<ReadinessResult>;
  listReadiness(query?: ReadinessListQuery): Promise<ReadinessPage>;
  getHistory(entityRef: SmoEntityRef): Promise<ReadinessHistory>;
  /** The check definitions in force. */
  getChecks(): Promise<CheckDefinition[]>;
}

/** @public */
export const smoApiRef = createApiRef<SmoApi>({ id: 'plugin.smo.api' });
