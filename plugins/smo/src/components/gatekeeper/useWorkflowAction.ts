import { useCallback, useState } from 'react';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { errorMessage, errorStatus } from '../readiness/errors';
import { useGovernance } from '../governance/GovernanceContext';

/** Why an action did not go through, worded for the person who tried it. */
export interface Problem {
  title: string;
  /** The backend's own message ("… does not hold the role …", "a waiver may last at most 90 days …"). */
  message: string;
}

/** The title for a failed action by HTTP status; 409 is refined by the caller, who knows what may have changed. */
export function problemTitle(status: number | undefined): string {
  switch (status) {
    case 400:
      return 'Please check your input';
    case 403:
      return 'Not permitted';
    case 409:
      return 'Refused in the current state';
    default:
      return 'The action failed';
  }
}

/**
 * Runs the workflow actions of one section: one at a time, a success alert, then a reload of the readiness and of
 * every section (`changed`). A failure becomes a `Problem` the section shows next to the action; on 409 the tab is
 * reloaded as well, and `explainConflict` may say that someone else acted in the meantime.
 */
export function useWorkflowAction() {
  const { changed } = useGovernance();
  const alertApi = useApi(alertApiRef);
  const [busy, setBusy] = useState<string>();
  const [problem, setProblem] = useState<Problem>();

  const run = useCallback(
    async (
      key: string,
      action: () => Promise<unknown>,
      success: string,
      explainConflict?: () => Promise<string | undefined>,
    ): Promise<boolean> => {
      setBusy(key);
      setProblem(undefined);
      try {
        await action();
        alertApi.post({
          message: success,
          severity: 'success',
          display: 'transient',
        });
        await changed();
        return true;
      } catch (e) {
        const error = e as Error;
        const status = errorStatus(error);
        let title = problemTitle(status);
        if (status === 409) {
          title = (await explainConflict?.().catch(() => undefined)) ?? title;
          await changed();
        }
        setProblem({ title, message: errorMessage(error) });
        return false;
      } finally {
        setBusy(undefined);
      }
    },
    [alertApi, changed],
  );

  return {
    /** Key of the action in flight. */
    busy,
    problem,
    clearProblem: useCallback(() => setProblem(undefined), []),
    run,
  };
}
