import { HttpAuthService } from '@backstage/backend-plugin-api';
import { Request } from 'express';
import { Caller } from '../service/caller';

/** Any request, whatever the document types its params, query and body as. */
type AnyRequest = Request<any, any, any, any>;

/** Authentication, the routes' one job before they call a service. What the caller may do, the services decide. */
export function authenticate(httpAuth: HttpAuthService) {
  return {
    /** Any authenticated caller, user or service: for reads. */
    async reader(req: AnyRequest): Promise<Caller> {
      const credentials = await httpAuth.credentials(req, {
        allow: ['user', 'service'],
      });
      return { credentials, request: req };
    },
    /** A signed-in user: for mutations (a service token gets 403). */
    async user(req: AnyRequest): Promise<Caller> {
      const credentials = await httpAuth.credentials(req, { allow: ['user'] });
      return { credentials, request: req };
    },
  };
}

export type Authenticate = ReturnType<typeof authenticate>;
