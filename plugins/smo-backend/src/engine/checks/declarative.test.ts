import { DeclarativeRule } from '../../config';
import { buildSubject } from '../subject';
import {
  indexOf,
  NOW,
  portfolio,
  readyComponent,
} from '../../__testUtils__/fixtures';
import { declarativeCheck } from './declarative';

const severity = {
  'tier-1': 'advisory',
  'tier-2': 'advisory',
  'tier-3': 'advisory',
  'tier-4': 'advisory',
} as const;
const subject = buildSubject(
  readyComponent({ annotations: { 'acme.com/cost-centre': 'CC-1234' } }),
  indexOf(portfolio()),
  [],
  {},
  NOW,
);
const statusOf = (rule: DeclarativeRule) =>
  declarativeCheck({
    id: 'x',
    title: 'x',
    category: 'c',
    howToFix: 'h',
    severity,
    weight: 1,
    rule,
  }).evaluate(subject);

describe('declarative checks', () => {
  it.each<[DeclarativeRule, string]>([
    [{ annotationPresent: 'acme.com/cost-centre' }, 'pass'],
    [{ annotationPresent: 'acme.com/other' }, 'fail'],
    [
      {
        annotationMatches: {
          annotation: 'acme.com/cost-centre',
          pattern: '^CC-\\d{4}$',
        },
      },
      'pass',
    ],
    [
      {
        annotationMatches: {
          annotation: 'acme.com/cost-centre',
          pattern: '^X',
        },
      },
      'fail',
    ],
    [{ linkType: 'runbook' }, 'pass'],
    [{ linkType: 'slo' }, 'fail'],
    [{ relation: { type: 'delivers', targetKind: 'ServiceOffering' } }, 'pass'],
    [{ relation: { type: 'delivers', targetKind: 'Resource' } }, 'fail'],
    [{ specEquals: { field: 'lifecycle', value: 'production' } }, 'pass'],
    [{ specEquals: { field: 'lifecycle', value: 'experimental' } }, 'fail'],
  ])('%j → %s', (rule, status) => {
    expect(statusOf(rule).status).toBe(status);
  });

  it('says what it found', () => {
    expect(
      statusOf({ specEquals: { field: 'lifecycle', value: 'experimental' } })
        .message,
    ).toBe('spec.lifecycle is "production", expected "experimental"');
  });
});
