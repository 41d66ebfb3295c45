import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  Attestation,
  CheckDefinition,
  DecisionLogEntry,
  EvaluationSnapshot,
  Handover,
  ReadinessResult,
  Waiver,
} from '@smo-backstage/plugin-smo-common';
import {
  AttestationList,
  AttestationRequest,
  DecisionQuery,
  ExpiringEvidence,
  HandoverQuery,
  HandoverTransitionRequest,
  ReadinessHistory,
  ReadinessListQuery,
  ReadinessPage,
  SmoApi,
  SmoEntityRef,
  SmoHealth,
  SignOffRequest,
  WaiverQuery,
  WaiverRequest,
} from './SmoApi';

const REF_DEFAULTS = { defaultKind: 'component', defaultNamespace: 'default' };

/** `/readiness/:kind/:namespace/:name`, each segment encoded; a short ref defaults to a Component in `default`. */
function readinessPath(entityRef: SmoEntityRef): string {
  const { kind, namespace, name } = parseEntityRef(entityRef, REF_DEFAULTS);
  return `/readiness/${[kind.toLocaleLowerCase('en-US'), namespace, name]
    .map(encodeURIComponent)
    .join('/')}`;
}

/** The full ref string (`component:default/name`) the gatekeeper routes expect in bodies and queries. */
function refString(entityRef: SmoEntityRef): string {
  return stringifyEntityRef(parseEntityRef(entityRef, REF_DEFAULTS));
}

/** A query string of the set values only, URL-encoded. */
function queryString(query: object): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Default {@link SmoApi} implementation over the backend's HTTP API. @public */
export class SmoClient implements SmoApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  getHealth(): Promise<SmoHealth> {
    return this.request<SmoHealth>('/health');
  }

  getReadiness(entityRef: SmoEntityRef): Promise<ReadinessResult> {
    return this.request<ReadinessResult>(readinessPath(entityRef));
  }

  refreshReadiness(entityRef: SmoEntityRef): Promise<ReadinessResult> {
    return this.request<ReadinessResult>(
      `${readinessPath(entityRef)}/refresh`,
      { method: 'POST' },
    );
  }

  listReadiness(query: ReadinessListQuery = {}): Promise<ReadinessPage> {
    return this.request<ReadinessPage>(`/readiness${queryString(query)}`);
  }

  getHistory(entityRef: SmoEntityRef): Promise<ReadinessHistory> {
    return this.request<ReadinessHistory>(
      `${readinessPath(entityRef)}/history`,
    );
  }

  async getChecks(): Promise<CheckDefinition[]> {
    const body = await this.request<{ items: CheckDefinition[] }>('/checks');
    return body.items;
  }

  listAttestations(entityRef: SmoEntityRef): Promise<AttestationList> {
    return this.request<AttestationList>(
      `/attestations${queryString({ entityRef: refString(entityRef) })}`,
    );
  }

  recordAttestation(request: AttestationRequest): Promise<Attestation> {
    return this.post<Attestation>('/attestations', {
      ...request,
      entityRef: refString(request.entityRef),
    });
  }

  async listWaivers(query: WaiverQuery = {}): Promise<Waiver[]> {
    const body = await this.request<{ items: Waiver[] }>(
      `/waivers${queryString({
        ...query,
        entityRef: query.entityRef && refString(query.entityRef),
      })}`,
    );
    return body.items;
  }

  requestWaiver(request: WaiverRequest): Promise<Waiver> {
    return this.post<Waiver>('/waivers', {
      ...request,
      entityRef: refString(request.entityRef),
    });
  }

  decideWaiver(
    id: string,
    decision: { decision: 'approve' | 'reject'; comment?: string },
  ): Promise<Waiver> {
    return this.post<Waiver>(
      `/waivers/${encodeURIComponent(id)}/decision`,
      decision,
    );
  }

  revokeWaiver(id: string, comment: string): Promise<Waiver> {
    return this.post<Waiver>(`/waivers/${encodeURIComponent(id)}/revoke`, {
      comment,
    });
  }

  async listHandovers(query: HandoverQuery = {}): Promise<Handover[]> {
    const body = await this.request<{ items: Handover[] }>(
      `/handovers${queryString({
        ...query,
        entityRef: query.entityRef && refString(query.entityRef),
      })}`,
    );
    return body.items;
  }

  createHandover(entityRef: SmoEntityRef): Promise<Handover> {
    return this.post<Handover>('/handovers', {
      entityRef: refString(entityRef),
    });
  }

  getHandover(id: string): Promise<Handover> {
    return this.request<Handover>(`/handovers/${encodeURIComponent(id)}`);
  }

  transitionHandover(
    id: string,
    request: HandoverTransitionRequest,
  ): Promise<Handover> {
    return this.post<Handover>(
      `/handovers/${encodeURIComponent(id)}/transitions`,
      request,
    );
  }

  signOffHandover(id: string, request: SignOffRequest): Promise<Handover> {
    return this.post<Handover>(
      `/handovers/${encodeURIComponent(id)}/sign-offs`,
      request,
    );
  }

  async listDecisions(query: DecisionQuery = {}): Promise<DecisionLogEntry[]> {
    const body = await this.request<{ items: DecisionLogEntry[] }>(
      `/decisions${queryString({
        ...query,
        entityRef: query.entityRef && refString(query.entityRef),
      })}`,
    );
    return body.items;
  }

  getSnapshot(id: string): Promise<EvaluationSnapshot> {
    return this.request<EvaluationSnapshot>(
      `/snapshots/${encodeURIComponent(id)}`,
    );
  }

  getExpiring(days?: number): Promise<ExpiringEvidence> {
    return this.request<ExpiringEvidence>(`/expiring${queryString({ days })}`);
  }

  private post<T>(path: string, body: object): Promise<T> {
    return this.request<T>(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  private async request<T>(path: string, init?: RequestInit): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('smo');
    const url = `${baseUrl}${path}`;
    const response = await this.fetchApi.fetch(url, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
