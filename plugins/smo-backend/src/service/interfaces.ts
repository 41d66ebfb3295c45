import {
  ApprovalDecision,
  SmoApiModels,
  Attestation,
  DecisionLogEntry,
  EvaluationSnapshot,
  Handover,
  HandoverAction,
  HandoverState,
  ReadinessResult,
  SignOffRole,
  Waiver,
} from '@smo-backstage/plugin-smo-common';
import { EngineCheck } from '../engine/checks/types';
import { Caller } from './caller';
import {
  HistoryPoint,
  ReadinessQuery,
  ReadinessSummaryPage,
} from '../store/ReadinessStore';
import { Page } from '../store/rows';
import { RollupQuery } from '../store/RollupStore';
import { Trend, TrendQuery } from '../rollup/DefaultRollupService';
import { ServiceLevelPortfolio } from '../serviceLevels/DefaultServiceLevelReports';
import { MemberQuery } from '../campaigns/DefaultCampaignService';

export type { Caller } from './caller';

/*
 * The services the HTTP API calls. Routes depend on these interfaces only; plugin.ts hands them the Authorized*
 * wrappers (permission, entity visibility, audit) around the Default* implementations (domain rules, stores).
 */

export type EntityRefParts = { kind: string; namespace: string; name: string };

/** A page of the portfolio; rows carry the entity's title (stored by the sweep, or read from the catalog). */
export type ReadinessPage = ReadinessSummaryPage;

/** Readiness: results, on-demand refresh, history and the portfolio list. */
export interface ReadinessService {
  /** The checks in force. */
  readonly checkDefinitions: EngineCheck[];
  list(
    query: ReadinessQuery & { asOf?: string },
    caller: Caller,
  ): Promise<ReadinessPage>;
  /** The stored result, evaluated on first request. */
  get(ref: EntityRefParts, caller: Caller): Promise<ReadinessResult>;
  /** The result as recorded at `asOf` (a date: the end of that day, UTC). */
  getAt(
    ref: EntityRefParts,
    asOf: string,
    caller: Caller,
  ): Promise<ReadinessResult>;
  refresh(ref: EntityRefParts, caller: Caller): Promise<ReadinessResult>;
  history(
    ref: EntityRefParts,
    caller: Caller,
  ): Promise<{ entityRef: string; items: HistoryPoint[] }>;
}

/** Readiness above the component: roll-ups, their history, the portfolio trend, the standard, the executive view. */
export interface RollupService {
  get(
    ref: EntityRefParts,
    asOf: string | undefined,
    caller: Caller,
  ): Promise<SmoApiModels.RollupResult>;
  list(
    query: RollupQuery & { asOf?: string },
    caller: Caller,
  ): Promise<{ totalCount: number; items: SmoApiModels.RollupSummary[] }>;
  history(
    ref: EntityRefParts,
    caller: Caller,
  ): Promise<{ entityRef: string; items: SmoApiModels.RollupHistoryPoint[] }>;
  trend(query: TrendQuery, caller: Caller): Promise<Trend>;
  standardChanges(
    page: { limit: number; offset: number },
    caller: Caller,
  ): Promise<{ totalCount: number; items: SmoApiModels.StandardChange[] }>;
  executive(
    page: { limit: number; offset: number },
    caller: Caller,
  ): Promise<{
    month: string;
    comparedWith: string;
    totalCount: number;
    items: SmoApiModels.ExecutiveRow[];
  }>;
}

/** Campaigns: progress, burn-up and members over the components the caller can see. */
export interface CampaignService {
  list(caller: Caller): Promise<SmoApiModels.Campaign[]>;
  get(id: string, caller: Caller): Promise<SmoApiModels.CampaignDetail>;
  members(
    id: string,
    query: MemberQuery,
    caller: Caller,
  ): Promise<{ totalCount: number; items: SmoApiModels.CampaignMember[] }>;
}

/** Service levels from the stored figures: one entity's months, one month across offerings. */
export interface ServiceLevelReportService {
  /** An agreement's, an offering's or a component's months from `from` to `to` (`YYYY-MM`). */
  report(
    ref: EntityRefParts,
    range: { from?: string; to?: string },
    caller: Caller,
  ): Promise<SmoApiModels.ServiceLevelReport>;
  /** One month across the offerings the caller can see, worst first. */
  portfolio(
    query: { month?: string; limit: number; offset: number },
    caller: Caller,
  ): Promise<ServiceLevelPortfolio>;
}

export interface AttestationInput {
  entityRef: string;
  type: string;
  evidenceUrl?: string;
  note?: string;
}

export interface WaiverInput {
  entityRef: string;
  checkId: string;
  justification: string;
  expiresAt: string;
  /** The campaign the waiver is asked under. */
  campaignId?: string;
}

export interface WaiverFilter extends Page {
  entityRef?: string;
  status?: Waiver['status'];
}

/** A decision on a requested waiver. */
export interface WaiverDecision {
  approve: boolean;
  comment?: string;
}

/** A page of attestations. */
export type AttestationPage = Required<Page>;

/** A change of a waiver; `before` is kept for the audit. */
export type WaiverChange = { before: Waiver; after: Waiver };

/** What expires within some days, soonest first. */
export interface Expiring {
  waivers: Waiver[];
  attestations: (Attestation & { validUntil: string })[];
}

/** Evidence: attestations and waivers. Each change re-evaluates its entity. */
export interface EvidenceService {
  /** Attestation types that can be recorded. */
  readonly attestationTypes: string[];
  listAttestations(
    entityRef: string,
    page: AttestationPage,
    caller: Caller,
  ): Promise<Attestation[]>;
  /** `created: false` when it was a retry answered with the stored attestation. */
  recordAttestation(
    input: AttestationInput,
    caller: Caller,
  ): Promise<{ attestation: Attestation; created: boolean }>;
  listWaivers(filter: WaiverFilter, caller: Caller): Promise<Waiver[]>;
  /** `created: false` when it was a retry answered with the stored waiver. */
  requestWaiver(
    input: WaiverInput,
    caller: Caller,
  ): Promise<{ waiver: Waiver; created: boolean }>;
  decideWaiver(
    id: string,
    decision: WaiverDecision,
    caller: Caller,
  ): Promise<WaiverChange>;
  revokeWaiver(
    id: string,
    comment: string,
    caller: Caller,
  ): Promise<WaiverChange>;
  expiringWithin(
    days: number,
    limit: number | undefined,
    caller: Caller,
  ): Promise<Expiring>;
}

export interface HandoverFilter extends Page {
  entityRef?: string;
  states?: readonly HandoverState[];
}

/** A move of a handover along its state machine, from the version the caller read. */
export interface TransitionRequest {
  version: number;
  comment?: string;
}

/** A sign-off of a handover in one role. */
export interface SignOffRequest {
  role: SignOffRole;
  decision: ApprovalDecision;
  comment?: string;
}

/** Which decisions to list: one entity's, or all; newest first. */
export interface DecisionLogFilter extends Page {
  entityRef?: string;
  limit: number;
}

/** A change of a handover; `before` is kept for the audit, `replayed` marks a retry that wrote nothing. */
export type HandoverChange = {
  before: Handover;
  after: Handover;
  replayed?: boolean;
};

/** Handover requests: the state machine, sign-offs and the readiness gate. */
export interface HandoverService {
  list(filter: HandoverFilter, caller: Caller): Promise<Handover[]>;
  get(id: string, caller: Caller): Promise<Handover>;
  create(entityRef: string, caller: Caller): Promise<Handover>;
  transition(
    id: string,
    action: HandoverAction,
    request: TransitionRequest,
    caller: Caller,
  ): Promise<HandoverChange>;
  signOff(
    id: string,
    request: SignOffRequest,
    caller: Caller,
  ): Promise<HandoverChange>;
}

/** The append-only decision log and the evaluations frozen with decisions. Read-only. */
export interface DecisionLogService {
  list(filter: DecisionLogFilter, caller: Caller): Promise<DecisionLogEntry[]>;
  getSnapshot(id: string, caller: Caller): Promise<EvaluationSnapshot>;
}
