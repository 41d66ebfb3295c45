import { parseEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  CheckDefinition,
  ReadinessResult,
} from '@smo-backstage/plugin-smo-common';
import {
  ReadinessHistory,
  ReadinessListQuery,
  ReadinessPage,
  SmoApi,
  SmoEntityRef,
  SmoHealth,
} from './SmoApi';

/** `/readiness/:kind/:namespace/:name`, each segment encoded; a short ref defaults to a Component in `default`. */
function readinessPath(entityRef: SmoEntityRef): string {
  const { kind, namespace, name } = parseEntityRef(entityRef, {
    defaultKind: 'component',
    defaultNamespace: 'default',
  });
  return `/readiness/${[kind.toLocaleLowerCase('en-US'), namespace, name]
    .map(encodeURIComponent)
    .join('/')}`;
}

/** The query string of a portfolio query, leaving out unset filters. */
function listQueryString(query: ReadinessListQuery): string {
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
    return this.request<ReadinessPage>(`/readiness${listQueryString(query)}`);
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
