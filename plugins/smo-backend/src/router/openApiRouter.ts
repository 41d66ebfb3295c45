import { ApiRouter } from '@backstage/backend-openapi-utils';
import { spec } from '../schema/openapi/generated/router';

/**
 * The router generated from the OpenAPI document: it validates each request before a handler runs, and types each
 * handler's params, query, body and answer from the document, so code that stops following it fails `yarn tsc`.
 */
export type SmoRouter = ApiRouter<typeof spec>;
