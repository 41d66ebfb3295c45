import { EmptyState, InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import { SMO_KINDS } from '@smo-backstage/plugin-smo-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { smoApiRef } from '../../api/SmoApi';
import { ErrorState } from '../readiness/ErrorState';
import { AgreementServiceLevels } from './AgreementServiceLevels';
import { OfferingServiceLevelReport } from './OfferingServiceLevelReport';
import { agreementName } from './serviceLevelText';

/**
 * The Service levels tab of a ServiceLevelAgreement (its attainment per target and month, its breaches) and of a
 * ServiceOffering (the report in business terms, then each governing agreement's figures).
 *
 * @public
 */
export function EntityServiceLevelsContent() {
  const { entity } = useEntity();
  const smoApi = useApi(smoApiRef);
  const entityRef = stringifyEntityRef(entity);
  const report = useAsyncRetry(
    () => smoApi.getServiceLevels(entityRef),
    [smoApi, entityRef],
  );

  if (report.loading && !report.value) return <Progress />;
  if (report.error) {
    return <ErrorState error={report.error} onRetry={report.retry} />;
  }
  const value = report.value!;
  if (!value.measured) {
    return (
      <EmptyState
        missing="data"
        title="Service levels are not measured"
        description="No incident source is configured: add an incident file under smo.serviceLevels.incidents.files or install a connector module, and the SMO computes attainment and availability from the incidents."
      />
    );
  }
  if (value.agreements.length === 0) {
    return (
      <EmptyState
        missing="data"
        title="No agreement to measure"
        description="No ServiceLevelAgreement governs this offering: list one in spec.serviceLevelAgreements."
      />
    );
  }
  const isOffering = entity.kind === SMO_KINDS.serviceOffering;
  return (
    <Grid container spacing={3}>
      {isOffering && (
        <Grid item xs={12}>
          <OfferingServiceLevelReport
            report={value}
            offeringTitle={entity.metadata.title ?? entity.metadata.name}
          />
        </Grid>
      )}
      {value.agreements.map((agreement, i) => (
        <Grid item xs={12} key={agreement.agreementRef}>
          <InfoCard
            title={
              isOffering
                ? `Service levels: ${agreementName(agreement)}`
                : 'Service levels'
            }
          >
            <AgreementServiceLevels
              agreement={agreement}
              idPrefix={`smo-sl-${i}`}
              months={!isOffering}
            />
          </InfoCard>
        </Grid>
      ))}
    </Grid>
  );
}
