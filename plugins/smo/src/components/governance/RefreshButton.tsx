import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { smoReadinessRefreshPermission } from '@smo-backstage/plugin-smo-common';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Refresh from '@material-ui/icons/Refresh';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { smoApiRef } from '../../api/SmoApi';
import { errorMessage } from '../readiness/errors';
import { useGovernance } from './GovernanceContext';

/** Re-evaluates the entity now; disabled with the reason when the caller lacks `smo.readiness.refresh`. */
export function RefreshButton() {
  const { entityRef, setReadiness } = useGovernance();
  const smoApi = useApi(smoApiRef);
  const alertApi = useApi(alertApiRef);
  const permission = usePermission({
    permission: smoReadinessRefreshPermission,
    resourceRef: entityRef,
  });

  const [{ loading: refreshing }, refresh] = useAsyncFn(async () => {
    try {
      const result = await smoApi.refreshReadiness(entityRef);
      setReadiness(result);
      alertApi.post({
        message: `Readiness re-evaluated: ${result.score}/100, ${
          result.verdict === 'ready' ? 'ready' : 'not ready'
        }`,
        severity: 'success',
        display: 'transient',
      });
    } catch (e) {
      alertApi.post({
        message: `Could not refresh readiness: ${errorMessage(e as Error)}`,
        severity: 'error',
      });
    }
  }, [smoApi, alertApi, entityRef, setReadiness]);

  const disabled = !permission.allowed || refreshing;
  const button = (
    <Button
      variant="outlined"
      color="primary"
      onClick={refresh}
      disabled={disabled}
      aria-busy={refreshing}
      startIcon={
        refreshing ? (
          <CircularProgress size={16} aria-label="Refreshing" />
        ) : (
          <Refresh />
        )
      }
    >
      {refreshing ? 'Refreshing…' : 'Refresh now'}
    </Button>
  );
  if (permission.loading || permission.allowed) {
    return button;
  }
  return (
    <Box>
      {button}
      <Typography variant="caption" component="p" color="textSecondary">
        You are not permitted to refresh readiness (smo.readiness.refresh). The
        sweep re-evaluates it regularly.
      </Typography>
    </Box>
  );
}
