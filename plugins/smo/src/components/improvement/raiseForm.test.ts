import { EMPTY_RAISE_FORM, validateRaise } from './raiseForm';

const filled = {
  ...EMPTY_RAISE_FORM,
  title: ' Write the runbook ',
  entityRef: 'component:default/checkout',
  problem: 'No runbook',
  checkId: 'ops.runbook',
  ownerRef: 'group:default/team-checkout',
  dueDate: '2026-12-31',
};

describe('validateRaise', () => {
  it('names every missing field', () => {
    expect(validateRaise(EMPTY_RAISE_FORM).errors).toEqual({
      title: 'Say in a few words what is improved',
      entityRef: 'Name the offering or component improved',
      problem: 'Say what goes wrong today',
      ownerRef: 'Name the user or group that carries it out',
      dueDate: 'Pick the date it is due',
      checkId: 'A check goal names a check',
    });
  });

  it('builds the request of a check goal, trimmed', () => {
    expect(validateRaise(filled).input).toEqual({
      title: 'Write the runbook',
      entityRef: 'component:default/checkout',
      problem: 'No runbook',
      goal: { type: 'check', checkId: 'ops.runbook' },
      ownerRef: 'group:default/team-checkout',
      dueDate: '2026-12-31',
    });
  });

  it('asks a service-level goal for its agreement and a target from 0 to 100', () => {
    const form = { ...filled, goalType: 'service-level' as const };
    expect(validateRaise(form).errors).toEqual({
      agreementRef: 'A service-level goal names its agreement',
    });
    const agreement = {
      ...form,
      agreementRef: 'servicelevelagreement:default/gold',
    };
    expect(validateRaise(agreement).errors).toEqual({
      target: 'The figure to reach, in percent',
    });
    expect(validateRaise({ ...agreement, target: '120' }).errors).toEqual({
      target: 'A percentage from 0 to 100',
    });
    expect(validateRaise({ ...agreement, target: '99.9' }).input?.goal).toEqual(
      {
        type: 'service-level',
        agreementRef: 'servicelevelagreement:default/gold',
        metric: 'availability',
        target: 99.9,
      },
    );
  });

  it('refuses a ref that is not one', () => {
    expect(
      validateRaise({ ...filled, entityRef: 'component:' }).errors?.entityRef,
    ).toMatch(/^Write an entity ref/);
  });
});
