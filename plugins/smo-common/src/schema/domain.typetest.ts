// Compiled by `yarn tsc`, never run: the domain's const arrays (which the UI and the backend iterate) hold exactly the
// values the OpenAPI document allows. Add a value to an enum of the document, or to one of the arrays, and not to the
// other, and the compile fails here.
import {
  APPROVAL_DECISIONS,
  HANDOVER_ACTIONS,
  HANDOVER_STATES,
  SIGN_OFF_ROLES,
} from '../handover/types';
import { TIERS } from '../readiness/types';
import { WAIVER_STATUSES } from '../readiness/evidence';
import { MONTH_STATUSES } from '../serviceLevels/report';
import type { TransitionHandoverRequest } from './openapi/generated/apis';
import type * as Models from './openapi/generated/models';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Values<T extends readonly unknown[]> = T[number];

export const constArraysFollowTheDocument: [
  Same<Values<typeof HANDOVER_STATES>, Models.Handover['state']>,
  Same<
    Values<typeof HANDOVER_ACTIONS>,
    TransitionHandoverRequest['body']['action']
  >,
  Same<
    Values<typeof SIGN_OFF_ROLES>,
    Models.Handover['requiredSignOffs'][number]
  >,
  Same<
    Values<typeof APPROVAL_DECISIONS>,
    Models.Handover['signOffs'][number]['decision']
  >,
  Same<Values<typeof WAIVER_STATUSES>, Models.Waiver['status']>,
  Same<Values<typeof TIERS>, Models.ReadinessResult['tier']>,
  Same<Values<typeof MONTH_STATUSES>, Models.MonthStatus>,
] = [true, true, true, true, true, true, true];
