import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Request } from 'express';
import { refKey } from '../catalog/refs';

/** Who calls a service, as the route authenticated them. `request` only lends the auditor the call's origin (IP, URL). */
export interface Caller {
  credentials: BackstageCredentials;
  request?: Request;
}

/** The signed-in user who acts, as the decision log records them. Mutations are for users only (routes ensure it). */
export function actorOf(caller: Caller): string {
  const principal = caller.credentials.principal as { userEntityRef?: string };
  return refKey(principal.userEntityRef ?? '');
}
