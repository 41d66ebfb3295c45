import { CompoundEntityRef } from '@backstage/catalog-model';
import { createApiRef } from '@backstage/frontend-plugin-api';
import {
  Attestation,
  CheckDefinition,
  DecisionLogEntry,
  EvaluationSnapshot,
  Handover,
  HandoverAction,
  HandoverState,
  ReadinessResult,
  SignOffRole,
  Tier,
  Verdict,
  Waiver,
  WaiverStatus,
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

/** An entity's attestations (newest first) and the types that can be recorded. @public */
export interface AttestationList {
  items: Attestation[];
  types: string[];
}

/** What `POST /attestations` records. @public */
export interface AttestationRequest {
  entityRef: SmoEntityRef;
  type: string;
  evidenceUrl?: string;
  note?: string;
}

/** What `POST /waivers` asks for. @public */
export interface WaiverRequest {
  entityRef: SmoEntityRef;
  checkId: string;
  justification: string;
  /** ISO date-time, at most `smo.waivers.maxDays` (default 90) away. */
  expiresAt: string;
}

/** Filters of `GET /waivers`. @public */
export interface WaiverQuery {
  entityRef?: SmoEntityRef;
  status?: WaiverStatus;
  /** 1–500, default 100, newest first. */
  limit?: number;
}

/** Filters of `GET /handovers`. @public */
export interface HandoverQuery {
  entityRef?: SmoEntityRef;
  state?: HandoverState;
}

/** A move of a handover through its states; `version` is the version the caller saw (otherwise 409). @public */
export interface HandoverTransitionRequest {
  action: HandoverAction;
  version: number;
  /** Required for `reject` and `complete-early-life-support`. */
  comment?: string;
}

/** A sign-off in one of the caller's roles. @public */
export interface SignOffRequest {
  role: SignOffRole;
  decision: 'approve' | 'reject';
  comment?: string;
}

/** Filters of `GET /decisions`. @public */
export interface DecisionQuery {
  entityRef?: SmoEntityRef;
  /** 1–500, default 100. */
  limit?: number;
}

/** Approved waivers and attestations whose validity ends within `days`. @public */
export interface ExpiringEvidence {
  days: number;
  waivers: Waiver[];
  /** Each with the end of its validity (its own expiry, or the check's validity period after it was attested). */
  attestations: (Attestation & { validUntil: string })[];
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

  listAttestations(entityRef: SmoEntityRef): Promise<AttestationList>;
  /** Records an attestation (permission `smo.attestation.create`); history is never edited. */
  recordAttestation(request: AttestationRequest): Promise<Attestation>;
  /** Waivers, newest first. */
  listWaivers(query?: WaiverQuery): Promise<Waiver[]>;
  /** Requests a waiver for one check (permission `smo.waiver.request`). */
  requestWaiver(request: WaiverRequest): Promise<Waiver>;
  /** Approves or rejects a requested waiver (permission `smo.waiver.decide`). */
  decideWaiver(
    id: string,
    decision: { decision: 'approve' | 'reject'; comment?: string },
  ): Promise<Waiver>;
  /** Revokes an approved waiver (permission `smo.waiver.decide`). */
  revokeWaiver(id: string, comment: string): Promise<Waiver>;
  /** Handovers, most recently changed first. */
  listHandovers(query?: HandoverQuery): Promise<Handover[]>;
  /** Opens a draft handover (permission `smo.handover.submit`; one open handover per entity). */
  createHandover(entityRef: SmoEntityRef): Promise<Handover>;
  getHandover(id: string): Promise<Handover>;
  transitionHandover(
    id: string,
    request: HandoverTransitionRequest,
  ): Promise<Handover>;
  /** Signs off in a role the caller holds (permission `smo.handover.sign-off`; the role is checked by the backend). */
  signOffHandover(id: string, request: SignOffRequest): Promise<Handover>;
  /** The append-only decision log, newest first. */
  listDecisions(query?: DecisionQuery): Promise<DecisionLogEntry[]>;
  /** The frozen evaluation a decision or sign-off was based on. */
  getSnapshot(id: string): Promise<EvaluationSnapshot>;
  /** Evidence expiring within `days` (1–365, default 30). */
  getExpiring(days?: number): Promise<ExpiringEvidence>;
}

/** @public */
export const smoApiRef = createApiRef<SmoApi>({ id: 'plugin.smo.api' });
