import {
  goalProblem,
  goalText,
  improvementActions,
  improvementApprovalRefusal,
} from './improvements';

describe('improvement rules', () => {
  it('offers the moves of each status, closing only in progress', () => {
    expect(improvementActions('proposed')).toEqual(['approve', 'abandon']);
    expect(improvementActions('approved')).toEqual(['start', 'abandon']);
    expect(improvementActions('in-progress')).toEqual(['close', 'abandon']);
    expect(improvementActions('done')).toEqual([]);
    expect(improvementActions('abandoned')).toEqual([]);
  });

  it('says what a goal lacks', () => {
    expect(goalProblem({ type: 'check' })).toContain('goal.checkId');
    expect(goalProblem({ type: 'check', checkId: 'docs.techdocs' })).toBe(
      undefined,
    );
    expect(
      goalProblem({ type: 'service-level', agreementRef: 'sla:x' }),
    ).toContain('goal.metric');
    expect(
      goalProblem({
        type: 'service-level',
        agreementRef: 'sla:x',
        metric: 'availability',
      }),
    ).toContain('goal.target');
    expect(
      goalText({
        type: 'service-level',
        agreementRef: 'servicelevelagreement:default/gold',
        metric: 'availability',
        target: 99.9,
      }),
    ).toBe(
      'availability ≥ 99.9% on servicelevelagreement:default/gold in the last closed month',
    );
  });

  it('refuses the approval to whoever raised it, whatever the case of the ref', () => {
    const raised = { createdBy: 'user:default/Alice' };
    expect(improvementApprovalRefusal(raised, 'user:default/alice')).toContain(
      'separation of duties',
    );
    expect(improvementApprovalRefusal(raised, 'user:default/jane')).toBe(
      undefined,
    );
  });
});
