import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  DefaultApiClient,
  TypedResponse,
  Attestation,
  CheckDefinition,
  DecisionLogEntry,
  EvaluationSnapshot,
  Handover,
  ReadinessResult,
  RollupResult,
  Waiver,
  Campaign,
  Improvement,
  ImprovementSuggestion,
} from '@smo-backstage/plugin-smo-common';
import {
  AttestationList,
  AttestationRequest,
  CampaignDetail,
  CampaignMemberPage,
  CampaignMemberQuery,
  ImprovementCloseRequest,
  ImprovementEvidenceRequest,
  ImprovementPage,
  ImprovementQuery,
  ImprovementRequest,
  ImprovementTransitionRequest,
  WaiverDebtPage,
  WaiverDebtQuery,
  DecisionQuery,
  ExecutiveSummary,
  ExecutiveSummaryQuery,
  ExpiringEvidence,
  HandoverQuery,
  HandoverTransitionRequest,
  PortfolioTrend,
  PortfolioTrendQuery,
  ReadinessHistory,
  ReadinessListQuery,
  ReadinessPage,
  RollupHistory,
  RollupListQuery,
  RollupPage,
  ServiceLevelPortfolio,
  ServiceLevelPortfolioQuery,
  ServiceLevelRange,
  ServiceLevelReport,
  SmoApi,
  SmoEntityRef,
  SmoHealth,
  SignOffRequest,
  StandardChangePage,
  StandardChangeQuery,
  WaiverQuery,
  WaiverRequest,
} from './SmoApi';

const REF_DEFAULTS = { defaultKind: 'component', defaultNamespace: 'default' };

/** The full ref string (`component:default/name`) the gatekeeper routes expect in bodies and queries. */
function refString(entityRef: SmoEntityRef): string {
  return stringifyEntityRef(parseEntityRef(entityRef, REF_DEFAULTS));
}

/** The answer's body, or a `ResponseError` for a non-2xx answer. */
async function body<T>(answer: Promise<TypedResponse<T>>): Promise<T> {
  const response = await answer;
  if (!response.ok) {
    throw await ResponseError.fromResponse(response as Response);
  }
  return response.json();
}

/** The path of an entity's readiness routes; a short ref defaults to a Component in `default`. */
function entityPath(entityRef: SmoEntityRef) {
  const { kind, namespace, name } = parseEntityRef(entityRef, REF_DEFAULTS);
  return { path: { kind: kind.toLocaleLowerCase('en-US'), namespace, name } };
}

/** Default {@link SmoApi} implementation over the client generated from the backend's OpenAPI document. @public */
export class SmoClient implements SmoApi {
  private readonly api: DefaultApiClient;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.api = new DefaultApiClient(options);
  }

  getHealth(): Promise<SmoHealth> {
    return body(this.api.getHealth());
  }

  getReadiness(
    entityRef: SmoEntityRef,
    options: { asOf?: string } = {},
  ): Promise<ReadinessResult> {
    return body(
      this.api.getReadiness({ ...entityPath(entityRef), query: options }),
    );
  }

  refreshReadiness(entityRef: SmoEntityRef): Promise<ReadinessResult> {
    return body(this.api.refreshReadiness(entityPath(entityRef)));
  }

  listReadiness(query: ReadinessListQuery = {}): Promise<ReadinessPage> {
    return body(this.api.listReadiness({ query }));
  }

  getHistory(entityRef: SmoEntityRef): Promise<ReadinessHistory> {
    return body(this.api.getReadinessHistory(entityPath(entityRef)));
  }

  async getChecks(): Promise<CheckDefinition[]> {
    return (await body(this.api.getChecks())).items;
  }

  listAttestations(entityRef: SmoEntityRef): Promise<AttestationList> {
    return body(
      this.api.listAttestations({ query: { entityRef: refString(entityRef) } }),
    );
  }

  recordAttestation(request: AttestationRequest): Promise<Attestation> {
    return body(
      this.api.recordAttestation({
        body: { ...request, entityRef: refString(request.entityRef) },
      }),
    );
  }

  async listWaivers(query: WaiverQuery = {}): Promise<Waiver[]> {
    return (await body(this.api.listWaivers({ query: withRef(query) }))).items;
  }

  requestWaiver(request: WaiverRequest): Promise<Waiver> {
    return body(
      this.api.requestWaiver({
        body: { ...request, entityRef: refString(request.entityRef) },
      }),
    );
  }

  decideWaiver(
    id: string,
    decision: { decision: 'approve' | 'reject'; comment?: string },
  ): Promise<Waiver> {
    return body(this.api.decideWaiver({ path: { id }, body: decision }));
  }

  revokeWaiver(id: string, comment: string): Promise<Waiver> {
    return body(this.api.revokeWaiver({ path: { id }, body: { comment } }));
  }

  async listHandovers(query: HandoverQuery = {}): Promise<Handover[]> {
    return (await body(this.api.listHandovers({ query: withRef(query) })))
      .items;
  }

  createHandover(entityRef: SmoEntityRef): Promise<Handover> {
    return body(
      this.api.createHandover({ body: { entityRef: refString(entityRef) } }),
    );
  }

  getHandover(id: string): Promise<Handover> {
    return body(this.api.getHandover({ path: { id } }));
  }

  transitionHandover(
    id: string,
    request: HandoverTransitionRequest,
  ): Promise<Handover> {
    return body(this.api.transitionHandover({ path: { id }, body: request }));
  }

  signOffHandover(id: string, request: SignOffRequest): Promise<Handover> {
    return body(this.api.signOffHandover({ path: { id }, body: request }));
  }

  async listDecisions(query: DecisionQuery = {}): Promise<DecisionLogEntry[]> {
    return (await body(this.api.listDecisions({ query: withRef(query) })))
      .items;
  }

  getSnapshot(id: string): Promise<EvaluationSnapshot> {
    return body(this.api.getSnapshot({ path: { id } }));
  }

  getExpiring(days?: number): Promise<ExpiringEvidence> {
    return body(this.api.getExpiring({ query: { days } }));
  }

  getServiceLevels(
    entityRef: SmoEntityRef,
    range: ServiceLevelRange = {},
  ): Promise<ServiceLevelReport> {
    return body(
      this.api.getServiceLevels({ ...entityPath(entityRef), query: range }),
    );
  }

  listServiceLevels(
    query: ServiceLevelPortfolioQuery = {},
  ): Promise<ServiceLevelPortfolio> {
    return body(this.api.listServiceLevels({ query }));
  }

  listRollups(query: RollupListQuery = {}): Promise<RollupPage> {
    return body(this.api.listRollups({ query }));
  }

  getRollup(
    entityRef: SmoEntityRef,
    options: { asOf?: string } = {},
  ): Promise<RollupResult> {
    return body(
      this.api.getRollup({ ...entityPath(entityRef), query: options }),
    );
  }

  getRollupHistory(entityRef: SmoEntityRef): Promise<RollupHistory> {
    return body(this.api.getRollupHistory(entityPath(entityRef)));
  }

  getPortfolioTrend(query: PortfolioTrendQuery = {}): Promise<PortfolioTrend> {
    return body(this.api.getPortfolioTrend({ query }));
  }

  listStandardChanges(
    query: StandardChangeQuery = {},
  ): Promise<StandardChangePage> {
    return body(this.api.listStandardChanges({ query }));
  }

  getExecutiveSummary(
    query: ExecutiveSummaryQuery = {},
  ): Promise<ExecutiveSummary> {
    return body(this.api.getExecutiveSummary({ query }));
  }

  async listCampaigns(): Promise<Campaign[]> {
    return (await body(this.api.listCampaigns())).items;
  }

  getCampaign(id: string): Promise<CampaignDetail> {
    return body(this.api.getCampaign({ path: { id } }));
  }

  listCampaignMembers(
    id: string,
    query: CampaignMemberQuery = {},
  ): Promise<CampaignMemberPage> {
    return body(this.api.listCampaignMembers({ path: { id }, query }));
  }

  listImprovements(query: ImprovementQuery = {}): Promise<ImprovementPage> {
    return body(this.api.listImprovements({ query: withRef(query) }));
  }

  raiseImprovement(request: ImprovementRequest): Promise<Improvement> {
    return body(
      this.api.raiseImprovement({
        body: { ...request, entityRef: refString(request.entityRef) },
      }),
    );
  }

  getImprovement(id: string): Promise<Improvement> {
    return body(this.api.getImprovement({ path: { id } }));
  }

  transitionImprovement(
    id: string,
    request: ImprovementTransitionRequest,
  ): Promise<Improvement> {
    return body(
      this.api.transitionImprovement({ path: { id }, body: request }),
    );
  }

  closeImprovement(
    id: string,
    request: ImprovementCloseRequest,
  ): Promise<Improvement> {
    return body(this.api.closeImprovement({ path: { id }, body: request }));
  }

  linkImprovementEvidence(
    id: string,
    evidence: ImprovementEvidenceRequest,
  ): Promise<Improvement> {
    return body(
      this.api.linkImprovementEvidence({ path: { id }, body: evidence }),
    );
  }

  async listImprovementSuggestions(
    limit?: number,
  ): Promise<ImprovementSuggestion[]> {
    return (
      await body(this.api.listImprovementSuggestions({ query: { limit } }))
    ).items;
  }

  getWaiverDebt(query: WaiverDebtQuery = {}): Promise<WaiverDebtPage> {
    return body(this.api.getWaiverDebt({ query }));
  }
}

/** A list's filters with the entity ref as the full string the backend expects. */
function withRef<T extends { entityRef?: SmoEntityRef }>(query: T) {
  return {
    ...query,
    entityRef: query.entityRef && refString(query.entityRef),
  };
}
