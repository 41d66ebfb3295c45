import {
  EntityGovernanceContent,
  EntityGovernanceContentProps,
} from '../governance/EntityGovernanceContent';
import { AttestationsCard } from './AttestationsCard';
import { DecisionLogCard } from './DecisionLogCard';
import { HandoverCard } from './HandoverCard';
import { WaiversCard } from './WaiversCard';

/**
 * The Governance tab as both frontend systems mount it: readiness, then the gatekeeper sections (handover, waivers,
 * attestations, decision log), then any further sections the app adds.
 */
export function GovernanceTab(props: EntityGovernanceContentProps) {
  return (
    <EntityGovernanceContent>
      <HandoverCard />
      <WaiversCard />
      <AttestationsCard />
      <DecisionLogCard />
      {props.children}
    </EntityGovernanceContent>
  );
}
