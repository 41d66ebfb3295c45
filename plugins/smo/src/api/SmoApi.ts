import { CompoundEntityRef } from '@backstage/catalog-model';
import { createApiRef } from '@backstage/frontend-plugin-api';
import {
  Attestation,
  CheckDefinition,
  DecisionLogEntry,
  EvaluationSnapshot,
  GetExpiringResponse,
  GetHealthResponse,
  GetExecutiveSummaryRequest,
  GetExecutiveSummaryResponse,
  GetPortfolioTrendRequest,
  GetPortfolioTrendResponse,
  GetRollupHistoryResponse,
  GetServiceLevelsRequest,
  ListRollupsRequest,
  ListRollupsResponse,
  ListStandardChangesRequest,
  ListStandardChangesResponse,
  RollupResult,
  ListServiceLevelsRequest,
  GetServiceLevelsResponse,
  ListServiceLevelsResponse,
  GetReadinessHistoryResponse,
  Handover,
  ListAttestationsResponse,
  ListDecisionsRequest,
  ListHandoversRequest,
  ListReadinessRequest,
  ListReadinessResponse,
  ListWaiversRequest,
  ReadinessResult,
  RecordAttestationRequest,
  RequestWaiverRequest,
  SignOffHandoverRequest,
  TransitionHandoverRequest,
  Waiver,
  Campaign,
  Improvement,
  ImprovementInput,
  ImprovementSuggestion,
  ListCampaignMembersRequest,
  ListCampaignMembersResponse,
  GetCampaignResponse,
  ListImprovementsRequest,
  ListImprovementsResponse,
  TransitionImprovementRequest,
  CloseImprovementRequest,
  LinkImprovementEvidenceRequest,
  GetWaiverDebtRequest,
  GetWaiverDebtResponse,
} from '@smo-backstage/plugin-smo-common';

/** Health of the SMO backend. @public */
export type SmoHealth = GetHealthResponse;

/** An entity, as a ref string (`component:default/checkout`) or a compound ref. @public */
export type SmoEntityRef = string | CompoundEntityRef;

/** Filters, sort and page of the portfolio list (`GET /readiness`). All filters are optional. @public */
export type ReadinessListQuery = NonNullable<ListReadinessRequest['query']>;

/** One page of the portfolio list; `totalCount` counts matching entities across all pages. @public */
export type ReadinessPage = ListReadinessResponse;

/** One row of the portfolio list. Refs are lower-case `kind:namespace/name`. @public */
export type ReadinessSummary = ReadinessPage['items'][number];

/** Score and verdict over time, oldest first. @public */
export type ReadinessHistory = GetReadinessHistoryResponse;

/** One change of an entity's score, verdict or tier. @public */
export type ReadinessHistoryPoint = ReadinessHistory['items'][number];

/** Which roll-ups to list, how sorted, which page. @public */
export type RollupListQuery = NonNullable<ListRollupsRequest['query']>;

/** One page of roll-ups of one kind. @public */
export type RollupPage = ListRollupsResponse;

/** A roll-up's score, verdict and member counts over time, oldest first. @public */
export type RollupHistory = GetRollupHistoryResponse;

/** The portfolio trend's grouping, range and page. @public */
export type PortfolioTrendQuery = NonNullable<
  GetPortfolioTrendRequest['query']
>;

/** The portfolio over time: series by offering, team or tier, and the changes of standard in the range. @public */
export type PortfolioTrend = GetPortfolioTrendResponse;

/** A page of the changes of standard. @public */
export type StandardChangeQuery = NonNullable<
  ListStandardChangesRequest['query']
>;

/** Changes to the checks in force, newest first. @public */
export type StandardChangePage = ListStandardChangesResponse;

/** A page of the executive view. @public */
export type ExecutiveSummaryQuery = NonNullable<
  GetExecutiveSummaryRequest['query']
>;

/** Business offerings in business terms: readiness, service levels, accepted risk, movement. @public */
export type ExecutiveSummary = GetExecutiveSummaryResponse;

/** An entity's attestations (newest first) and the types that can be recorded. @public */
export type AttestationList = ListAttestationsResponse;

/** The body of a request, with its entity ref as a string or a compound ref. @public */
export type WithEntityRef<T> = Omit<T, 'entityRef'> & {
  entityRef: SmoEntityRef;
};

/** Filters of a list, with its entity ref as a string or a compound ref. @public */
export type WithOptionalEntityRef<T> = Omit<T, 'entityRef'> & {
  entityRef?: SmoEntityRef;
};

/** What `POST /attestations` records. @public */
export type AttestationRequest = WithEntityRef<
  RecordAttestationRequest['body']
>;

/** What `POST /waivers` asks for; `expiresAt` at most `smo.waivers.maxDays` (default 90) away. @public */
export type WaiverRequest = WithEntityRef<RequestWaiverRequest['body']>;

/** Filters of `GET /waivers` (1–500 a page, default 100, newest first). @public */
export type WaiverQuery = WithOptionalEntityRef<
  NonNullable<ListWaiversRequest['query']>
>;

/** Filters of `GET /handovers`. @public */
export type HandoverQuery = WithOptionalEntityRef<
  NonNullable<ListHandoversRequest['query']>
>;

/** A move of a handover through its states; `version` is the version the caller saw (otherwise 409). @public */
export type HandoverTransitionRequest = TransitionHandoverRequest['body'];

/** A sign-off in one of the caller's roles. @public */
export type SignOffRequest = SignOffHandoverRequest['body'];

/** Filters of `GET /decisions`. @public */
export type DecisionQuery = WithOptionalEntityRef<
  NonNullable<ListDecisionsRequest['query']>
>;

/** Approved waivers and attestations whose validity ends within `days`. @public */
export type ExpiringEvidence = GetExpiringResponse;

/** Months of a service-level report, `YYYY-MM`: by default the running month and the 11 before it. @public */
export type ServiceLevelRange = NonNullable<GetServiceLevelsRequest['query']>;

/** One month across offerings, worst first (`GET /service-levels`). @public */
export type ServiceLevelPortfolioQuery = NonNullable<
  ListServiceLevelsRequest['query']
>;

/** A page of one month's service levels across offerings, worst first. @public */
export type ServiceLevelPortfolio = ListServiceLevelsResponse;

/** An entity's agreements and their months, oldest first. @public */
export type ServiceLevelReport = GetServiceLevelsResponse;

/** One agreement of a report, with its months. @public */
export type AgreementServiceLevels = ServiceLevelReport['agreements'][number];

/** One agreement's month: status, sentences in business terms, figures, corrections. @public */
export type ServiceLevelMonth = AgreementServiceLevels['months'][number];

/** One offering's row of a month across offerings. @public */
export type ServiceLevelOfferingRow = ServiceLevelPortfolio['items'][number];

/** A campaign with its progress per team and its burn-up, overall and per team. @public */
export type CampaignDetail = GetCampaignResponse;

/** Filters and page of a campaign's members (open ones first). @public */
export type CampaignMemberQuery = NonNullable<
  ListCampaignMembersRequest['query']
>;

/** A page of a campaign's members. @public */
export type CampaignMemberPage = ListCampaignMembersResponse;

/** One component in a campaign's scope, with where it stands. @public */
export type CampaignMember = CampaignMemberPage['items'][number];

/** Filters and page of the CSI register (newest first). @public */
export type ImprovementQuery = WithOptionalEntityRef<
  NonNullable<ListImprovementsRequest['query']>
>;

/** A page of the CSI register. @public */
export type ImprovementPage = ListImprovementsResponse;

/** Approve, start or abandon (abandon needs a comment); `version` is the version the caller saw. @public */
export type ImprovementTransitionRequest = TransitionImprovementRequest['body'];

/** Closing an improvement in progress; `version` is the version the caller saw. @public */
export type ImprovementCloseRequest = CloseImprovementRequest['body'];

/** Evidence linked to an improvement: a URL and its title. @public */
export type ImprovementEvidenceRequest = LinkImprovementEvidenceRequest['body'];

/** What `POST /improvements` records, with its entity ref as a string or a compound ref. @public */
export type ImprovementRequest = WithEntityRef<ImprovementInput>;

/** Waiver debt by offering or by owning team (default), and its page. @public */
export type WaiverDebtQuery = NonNullable<GetWaiverDebtRequest['query']>;

/** A page of waiver debt, most waivers first. @public */
export type WaiverDebtPage = GetWaiverDebtResponse;

/** One offering's or team's waiver debt. @public */
export type WaiverDebtRow = WaiverDebtPage['items'][number];

/** Typed access to the SMO backend (`/api/smo`). Non-2xx answers reject with a `ResponseError`. @public */
export interface SmoApi {
  getHealth(): Promise<SmoHealth>;
  /** The latest readiness of an entity, evaluated on demand if it was never swept. */
  /** The stored result; with `asOf`, the result as it was recorded then. */
  getReadiness(
    entityRef: SmoEntityRef,
    options?: { asOf?: string },
  ): Promise<ReadinessResult>;
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
  /** An agreement's, offering's or component's service levels per month. */
  getServiceLevels(
    entityRef: SmoEntityRef,
    range?: ServiceLevelRange,
  ): Promise<ServiceLevelReport>;
  /** One month (default: the last closed one) across the offerings the caller can see, worst first. */
  listServiceLevels(
    query?: ServiceLevelPortfolioQuery,
  ): Promise<ServiceLevelPortfolio>;
  /** Roll-ups of one kind (offerings by default) the caller can see. */
  listRollups(query?: RollupListQuery): Promise<RollupPage>;
  /** A ServiceOffering's, System's or Group's readiness; with `asOf`, as it was then. */
  getRollup(
    entityRef: SmoEntityRef,
    options?: { asOf?: string },
  ): Promise<RollupResult>;
  getRollupHistory(entityRef: SmoEntityRef): Promise<RollupHistory>;
  /** The portfolio over time by offering (default), team or tier. */
  getPortfolioTrend(query?: PortfolioTrendQuery): Promise<PortfolioTrend>;
  listStandardChanges(query?: StandardChangeQuery): Promise<StandardChangePage>;
  /** Per business offering: readiness, last month's service levels, accepted risk, movement. */
  getExecutiveSummary(query?: ExecutiveSummaryQuery): Promise<ExecutiveSummary>;
  /** The improvement campaigns, soonest deadline first, with their progress over what the caller can see. */
  listCampaigns(): Promise<Campaign[]>;
  getCampaign(id: string): Promise<CampaignDetail>;
  listCampaignMembers(
    id: string,
    query?: CampaignMemberQuery,
  ): Promise<CampaignMemberPage>;
  /** The CSI register, newest first. */
  listImprovements(query?: ImprovementQuery): Promise<ImprovementPage>;
  /** Raises an improvement, proposed (permission `smo.improvement.create`); the same suggestion twice is one record. */
  raiseImprovement(request: ImprovementRequest): Promise<Improvement>;
  getImprovement(id: string): Promise<Improvement>;
  /** Approve or abandon (permission `smo.improvement.approve`), or start (`smo.improvement.update`). */
  transitionImprovement(
    id: string,
    request: ImprovementTransitionRequest,
  ): Promise<Improvement>;
  /** Closes as done when the data meets the goal; otherwise a 409 saying what the data shows. */
  closeImprovement(
    id: string,
    request: ImprovementCloseRequest,
  ): Promise<Improvement>;
  linkImprovementEvidence(
    id: string,
    evidence: ImprovementEvidenceRequest,
  ): Promise<Improvement>;
  /** Improvements worth raising, from the data, newest cause first. */
  listImprovementSuggestions(limit?: number): Promise<ImprovementSuggestion[]>;
  /** Approved waivers in force per owning team (default) or offering, with scores with and without them. */
  getWaiverDebt(query?: WaiverDebtQuery): Promise<WaiverDebtPage>;
}

/** @public */
export const smoApiRef = createApiRef<SmoApi>({ id: 'plugin.smo.api' });
