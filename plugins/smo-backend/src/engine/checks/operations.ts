import { SMO_ANNOTATIONS } from '@smo-backstage/plugin-smo-common';
import {
  BuiltinCheck,
  displayRef,
  fail,
  pass,
  severity,
  unknown,
} from './types';
import { firstAnnotation, firstLink } from './metadata';

const ON_CALL = [
  'pagerduty.com/integration-key',
  'pagerduty.com/service-id',
  'opsgenie.com/team',
  SMO_ANNOTATIONS.onCall,
];
const MONITORING = [
  'grafana/dashboard-selector',
  'datadoghq.com/dashboard-url',
  'newrelic.com/dashboard-guid',
  SMO_ANNOTATIONS.monitoring,
];

export const operationsChecks: BuiltinCheck[] = [
  {
    id: 'ops.owner',
    level: 'design-ready',
    title: 'Owner is a catalog Group',
    category: 'operations',
    severity: severity('blocking', 'blocking'),
    weight: 2,
    howToFix: 'Set spec.owner to a Group that exists in the catalog.',
    evaluate: s => {
      if (!s.ownerKey)
        return unknown('spec.owner is missing or not a valid entity ref');
      return s.index.hasKind(s.ownerKey, ['group'])
        ? pass(`owned by group ${displayRef(s.ownerKey)}`)
        : fail(`owner ${displayRef(s.ownerKey)} is not a Group in the catalog`);
    },
  },
  {
    id: 'ops.on-call',
    level: 'transition-ready',
    title: 'On-call is set up',
    category: 'operations',
    severity: severity('blocking', 'advisory'),
    weight: 2,
    howToFix: `Add one of the annotations ${ON_CALL.join(', ')}.`,
    evaluate: s => {
      const found = firstAnnotation(s.entity, ON_CALL);
      return found
        ? pass(`annotation ${found} is set`)
        : fail(`none of ${ON_CALL.join(', ')} is set`);
    },
  },
  {
    id: 'ops.monitoring',
    level: 'transition-ready',
    title: 'Monitoring dashboard',
    category: 'operations',
    severity: severity('blocking', 'advisory'),
    weight: 2,
    howToFix: `Add a link of type dashboard or monitoring, or one of the annotations ${MONITORING.join(
      ', ',
    )}.`,
    evaluate: s => {
      const link = firstLink(s.entity, ['dashboard', 'monitoring']);
      if (link) return pass(`${link.type} link ${link.url}`);
      const found = firstAnnotation(s.entity, MONITORING);
      return found
        ? pass(`annotation ${found} is set`)
        : fail('no dashboard or monitoring link and no monitoring annotation');
    },
  },
  {
    id: 'ops.runbook',
    level: 'transition-ready',
    title: 'Runbook',
    category: 'operations',
    severity: severity('blocking', 'advisory'),
    weight: 2,
    howToFix: `Add a link of type runbook, or the annotation ${SMO_ANNOTATIONS.runbook}.`,
    evaluate: s => {
      const link = firstLink(s.entity, ['runbook']);
      if (link) return pass(`runbook link ${link.url}`);
      return firstAnnotation(s.entity, [SMO_ANNOTATIONS.runbook])
        ? pass(`annotation ${SMO_ANNOTATIONS.runbook} is set`)
        : fail('no link of type runbook and no runbook annotation');
    },
  },
];
