import {
  readSeparationOfDuties,
  SEPARATION_OF_DUTIES_DEFAULTS,
  signOffRefusal,
  transitionRefusal,
  waiverDecisionRefusal,
} from './separationOfDuties';
import { signOff } from '../testUtils';

const GRACE = 'user:default/grace.kim';
const AMELIA = 'user:default/amelia.hart';
const rules = SEPARATION_OF_DUTIES_DEFAULTS;
const relaxed = {
  waiverRequesterMayDecide: true,
  oneSignOffPerPerson: false,
  handoverRequesterMayApprove: true,
};

describe('separation of duties', () => {
  it('reads config, keeping the safe default for every key left out', () => {
    const values: Record<string, boolean> = {
      'smo.separationOfDuties.oneSignOffPerPerson': false,
    };
    expect(
      readSeparationOfDuties({ getOptionalBoolean: key => values[key] }),
    ).toEqual({ ...rules, oneSignOffPerPerson: false });
  });

  it('refuses a waiver decision by its requester (any letter case), not by someone else', () => {
    expect(
      waiverDecisionRefusal(rules, { requestedBy: GRACE }, GRACE.toUpperCase()),
    ).toMatch(/requester of a waiver cannot decide it/);
    expect(
      waiverDecisionRefusal(rules, { requestedBy: GRACE }, AMELIA),
    ).toBeUndefined();
    expect(
      waiverDecisionRefusal(relaxed, { requestedBy: GRACE }, GRACE),
    ).toBeUndefined();
  });

  it('allows one sign-off per person and round; changing one’s own decision in that role stays possible', () => {
    const handover = {
      requestedBy: GRACE,
      signOffs: [signOff('smo-approver', 'approve', { actor: AMELIA })],
    };
    expect(
      signOffRefusal(rules, handover, 'change-process-owner', AMELIA),
    ).toMatch(/at most one sign-off per review round.*smo-approver/);
    expect(
      signOffRefusal(rules, handover, 'smo-approver', AMELIA),
    ).toBeUndefined();
    expect(
      signOffRefusal(rules, handover, 'change-process-owner', GRACE),
    ).toBeUndefined();
    expect(
      signOffRefusal(relaxed, handover, 'change-process-owner', AMELIA),
    ).toBeUndefined();
  });

  it('keeps the requester of a handover from the SMO approval and from accepting it', () => {
    const handover = { requestedBy: GRACE, signOffs: [] };
    expect(signOffRefusal(rules, handover, 'smo-approver', GRACE)).toMatch(
      /cannot give its SMO approval/,
    );
    expect(
      signOffRefusal(rules, handover, 'service-owner', GRACE),
    ).toBeUndefined();
    expect(transitionRefusal(rules, handover, 'accept', GRACE)).toMatch(
      /cannot accept it/,
    );
    expect(
      transitionRefusal(rules, handover, 'accept', AMELIA),
    ).toBeUndefined();
    expect(transitionRefusal(rules, handover, 'submit', GRACE)).toBeUndefined();
    expect(
      signOffRefusal(relaxed, handover, 'smo-approver', GRACE),
    ).toBeUndefined();
    expect(
      transitionRefusal(relaxed, handover, 'accept', GRACE),
    ).toBeUndefined();
  });
});
