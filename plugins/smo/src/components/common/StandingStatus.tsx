import {
  StatusAborted,
  StatusError,
  StatusOK,
  StatusPending,
  StatusWarning,
} from '@backstage/core-components';
import { AgreementStanding } from './agreementStanding';

const ICONS: Record<AgreementStanding['state'], typeof StatusOK> = {
  'in-force': StatusOK,
  'not-yet-valid': StatusPending,
  expired: StatusError,
  draft: StatusWarning,
  retired: StatusAborted,
};

/** An agreement's standing with a status light, so "In force" and "Expired" read at a glance. */
export function StandingStatus(props: { standing: AgreementStanding }) {
  const Icon = ICONS[props.standing.state];
  return <Icon>{props.standing.label}</Icon>;
}
