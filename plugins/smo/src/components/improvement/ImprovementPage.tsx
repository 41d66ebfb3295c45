import { useCallback, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import { Improvement } from '@smo-backstage/plugin-smo-common';
import { useParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { smoApiRef } from '../../api/SmoApi';
import { ImprovementActions } from './ImprovementActions';
import {
  ClosingSummary,
  EvidenceList,
  ImprovementDetails,
} from './ImprovementDetails';
import { SubPage } from './SubPage';

/**
 * An improvement of the CSI register (`…/improvements/<id>` under the SMO page): its record, the actions its status
 * allows, its evidence and, once done, what the data showed when it was closed.
 */
export function ImprovementPage() {
  const { improvementId = '' } = useParams();
  const smoApi = useApi(smoApiRef);
  const loaded = useAsyncRetry(
    () => smoApi.getImprovement(improvementId),
    [smoApi, improvementId],
  );
  // The answer of an action replaces what was loaded; the page never shows a spinner in between.
  const [latest, setLatest] = useState<Improvement>();
  const current = latest?.id === improvementId ? latest : loaded.value;
  const reload = useCallback(() => {
    smoApi.getImprovement(improvementId).then(setLatest, () => undefined);
  }, [smoApi, improvementId]);

  return (
    <SubPage
      title={current?.title}
      subtitle="Improvement in the CSI register"
      state={{ ...loaded, value: current }}
      retry={loaded.retry}
      notFound={`No improvement ${improvementId}`}
    >
      {improvement => (
        <>
          <ImprovementDetails improvement={improvement} />
          <Box mt={2} mb={3}>
            <ImprovementActions
              improvement={improvement}
              onChange={setLatest}
              onReload={reload}
            />
          </Box>
          <EvidenceList improvement={improvement} />
          {improvement.closing && (
            <Box mt={3}>
              <ClosingSummary closing={improvement.closing} />
            </Box>
          )}
        </>
      )}
    </SubPage>
  );
}
