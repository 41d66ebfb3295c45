import { Practice, Severity } from '@smo-backstage/plugin-smo-common';
import { coveringProcessOwners } from '../subject';
import { BuiltinCheck, fail, list, pass, severity } from './types';

function processOwnerCheck(
  id: string,
  practice: Practice,
  label: string,
  critical: Severity,
  other: Severity,
  level: string,
): BuiltinCheck {
  return {
    id,
    level,
    offeringLevel: true,
    title: `${label} process owner`,
    category: 'process-ownership',
    severity: severity(critical, other),
    weight: critical === 'blocking' ? 2 : 1,
    howToFix: `Add a ProcessOwner with practice ${practice} that is organisation-wide (no scope) or whose scope names an offering the component delivers, its system, that system's domain or its owner group.`,
    evaluate: s => {
      const owners = coveringProcessOwners(s, practice);
      return owners.length > 0
        ? pass(`${practice} is owned by ${list(owners)}`)
        : fail(`no ProcessOwner for ${practice} covers this component`);
    },
  };
}

export const processOwnershipChecks: BuiltinCheck[] = [
  processOwnerCheck(
    'process.incident-owner',
    'incident-management',
    'Incident management',
    'blocking',
    'blocking',
    'transition-ready',
  ),
  processOwnerCheck(
    'process.change-owner',
    'change-enablement',
    'Change enablement',
    'blocking',
    'advisory',
    'transition-ready',
  ),
  processOwnerCheck(
    'process.problem-owner',
    'problem-management',
    'Problem management',
    'advisory',
    'advisory',
    'operation-ready',
  ),
];
