export interface Config {
  smo?: {
    waivers?: {
      /**
       * Longest a waiver may last, in days (default 90). The backend enforces it; the frontend limits its expiry
       * date picker to it.
       * @visibility frontend
       */
      maxDays?: number;
    };
    /**
     * Separation of duties in the gatekeeper (docs/security.md). Every rule is in force unless set otherwise here;
     * the backend enforces them, the frontend says why it does not offer an action.
     */
    separationOfDuties?: {
      /**
       * The requester of a waiver may approve or reject it. Default false.
       * @visibility frontend
       */
      waiverRequesterMayDecide?: boolean;
      /**
       * One person gives at most one sign-off per handover round. Default true.
       * @visibility frontend
       */
      oneSignOffPerPerson?: boolean;
      /**
       * The requester of a handover may give its SMO approval and accept it. Default false.
       * @visibility frontend
       */
      handoverRequesterMayApprove?: boolean;
    };
  };
}
