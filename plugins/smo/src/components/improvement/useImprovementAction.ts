import { useCallback, useState } from 'react';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { problemTitle, Problem } from '../gatekeeper/useWorkflowAction';
import { errorMessage, errorStatus } from '../readiness/errors';

/**
 * Runs the CSI actions of one view: one at a time, a success alert, the answer returned. A failure becomes a
 * `Problem` with the backend's own message (a close refused because the goal is not met says what the data shows);
 * `conflict` titles a 409 and `onConflict` reloads what may have changed. Unlike the Governance tab's actions there is
 * no entity page to reload.
 */
export function useImprovementAction() {
  const alertApi = useApi(alertApiRef);
  const [busy, setBusy] = useState<string>();
  const [problem, setProblem] = useState<Problem>();

  const run = useCallback(
    async <T>(
      key: string,
      action: () => Promise<T>,
      success: string,
      conflict?: { title: string; onConflict?: () => void },
    ): Promise<T | undefined> => {
      setBusy(key);
      setProblem(undefined);
      try {
        const answer = await action();
        alertApi.post({
          message: success,
          severity: 'success',
          display: 'transient',
        });
        return answer;
      } catch (e) {
        const error = e as Error;
        const status = errorStatus(error);
        if (status === 409) conflict?.onConflict?.();
        setProblem({
          title:
            status === 409 && conflict ? conflict.title : problemTitle(status),
          message: errorMessage(error),
        });
        return undefined;
      } finally {
        setBusy(undefined);
      }
    },
    [alertApi],
  );

  return {
    /** Key of the action in flight. */
    busy,
    problem,
    clearProblem: useCallback(() => setProblem(undefined), []),
    run,
  };
}
