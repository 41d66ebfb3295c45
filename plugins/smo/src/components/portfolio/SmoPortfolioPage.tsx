import { useMemo } from 'react';
import {
  Content,
  ContentHeader,
  EmptyState,
  Header,
  Page,
  Progress,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import GetApp from '@material-ui/icons/GetApp';
import { distinctValues, summarisePortfolio } from './aggregate';
import { csvFileName, portfolioCsv } from './csv';
import { downloadText } from './downloadCsv';
import { MAX_AGGREGATED_ROWS } from './fetchAllRows';
import { hasFilters } from './filters';
import { PortfolioFilterBar } from './PortfolioFilterBar';
import { PortfolioTable } from './PortfolioTable';
import { SummaryTiles } from './SummaryTiles';
import { usePortfolioData, usePortfolioUrlState } from './usePortfolio';
import { ErrorState } from '../readiness/ErrorState';
import { GatekeeperOverview } from '../queue/GatekeeperOverview';
import { ServiceLevelSummary } from '../serviceLevels/ServiceLevelSummary';
import { EXECUTIVE_ID, ExecutiveView } from '../rollups/ExecutiveView';
import { PortfolioTrend } from '../rollups/PortfolioTrend';
import {
  CampaignsTable,
  ContinualImprovement,
  WaiverDebt,
} from '../improvement';

/**
 * The SMO portfolio: every scored component with its verdict, score and blockers; tiles that show readiness in
 * business terms; filters kept in the URL; CSV export of the filtered rows.
 *
 * @public
 */
export function SmoPortfolioPage() {
  const { filters, view, setFilters, setView } = usePortfolioUrlState();
  const { page, matching, everything, checkIndex } = usePortfolioData(
    filters,
    view,
  );

  const summary = useMemo(
    () =>
      matching.value &&
      summarisePortfolio(
        matching.value.rows,
        id => checkIndex.get(id)?.category,
      ),
    [matching.value, checkIndex],
  );
  const options = useMemo(() => {
    const rows = everything.value?.rows ?? [];
    return {
      owners: distinctValues(rows, r => [r.ownerRef]),
      systems: distinctValues(rows, r => [r.systemRef]),
      offerings: distinctValues(rows, r => r.offerings),
    };
  }, [everything.value]);

  const exportCsv = () =>
    matching.value &&
    downloadText(csvFileName(new Date()), portfolioCsv(matching.value.rows));

  let table;
  if (page.error && !page.loading) {
    table = <ErrorState error={page.error} onRetry={page.retry} />;
  } else if (!page.value) {
    table = <Progress />;
  } else if (page.value.totalCount === 0) {
    table = hasFilters(filters) ? (
      <EmptyState
        missing="data"
        title="No component matches these filters"
        action={
          <Button
            variant="outlined"
            color="primary"
            onClick={() => setFilters({})}
          >
            Clear filters
          </Button>
        }
      />
    ) : (
      <EmptyState
        missing="data"
        title="No scored components yet"
        description="The SMO scores the components selected by smo.readiness.entityFilter shortly after the backend starts and then on every sweep. Check again in a minute, or open a component's Governance tab to score it now."
        action={
          <Button variant="outlined" color="primary" onClick={page.retry}>
            Check again
          </Button>
        }
      />
    );
  } else {
    table = (
      <PortfolioTable
        page={page.value}
        view={view}
        checkIndex={checkIndex}
        onView={setView}
      />
    );
  }

  return (
    <Page themeId="tool">
      <Header
        title="Service readiness"
        subtitle="Which components are ready to be run as a service, which are not, and why"
      />
      <Content>
        <ContentHeader title="Portfolio">
          <Button
            variant="outlined"
            color="primary"
            startIcon={<GetApp />}
            onClick={exportCsv}
            disabled={!matching.value || matching.value.rows.length === 0}
          >
            Export CSV
            {matching.value ? ` (${matching.value.rows.length} rows)` : ''}
          </Button>
        </ContentHeader>
        <Box mb={3}>
          {matching.error && !matching.loading && (
            <ErrorState error={matching.error} onRetry={matching.retry} />
          )}
          {!matching.error && !summary && <Progress />}
          {summary && (
            <SummaryTiles
              summary={summary}
              onOffering={offering => setFilters({ ...filters, offering })}
              onOwner={owner => setFilters({ ...filters, owner })}
            />
          )}
          {matching.value?.truncated && (
            <Typography variant="caption" color="textSecondary" component="p">
              Tiles and the CSV cover the first {MAX_AGGREGATED_ROWS} of{' '}
              {matching.value.totalCount} matching components.
            </Typography>
          )}
        </Box>
        <PortfolioFilterBar
          filters={filters}
          options={options}
          onChange={setFilters}
        />
        {table}
        {/* A plain heading: ContentHeader also sets the document title (react-helmet, during render), and two titles
            on one page flip document.title on every render attempt. The notifications sidebar item's title counter
            answers each flip with a state update, which interrupts the page's first render before it commits — the
            page then never appears (issue 13). One title per page lets that loop settle after one attempt. */}
        <Box
          mt={4}
          component="section"
          aria-labelledby="smo-gatekeeper-heading"
        >
          <Typography
            variant="h5"
            component="h2"
            id="smo-gatekeeper-heading"
            gutterBottom
          >
            Gatekeeper
          </Typography>
          <GatekeeperOverview />
        </Box>
        <Box
          mt={4}
          component="section"
          aria-labelledby="smo-service-levels-heading"
        >
          <Typography
            variant="h5"
            component="h2"
            id="smo-service-levels-heading"
            gutterBottom
          >
            Service levels
          </Typography>
          <ServiceLevelSummary />
        </Box>
        {/* The id makes "Print" print this section alone, its heading included. */}
        <Box
          mt={4}
          component="section"
          id={EXECUTIVE_ID}
          aria-labelledby="smo-executive-heading"
        >
          <Typography
            variant="h5"
            component="h2"
            id="smo-executive-heading"
            gutterBottom
          >
            Executive view
          </Typography>
          <Typography variant="body2" paragraph>
            Business offerings in business terms: readiness, exposure through
            the offerings they depend on, last month's service levels, accepted
            risk and movement since the end of last month.
          </Typography>
          <ExecutiveView />
        </Box>
        <Box mt={4} component="section" aria-labelledby="smo-trend-heading">
          <Typography
            variant="h5"
            component="h2"
            id="smo-trend-heading"
            gutterBottom
          >
            Portfolio trend
          </Typography>
          <PortfolioTrend />
        </Box>
        <Box mt={4} component="section" aria-labelledby="smo-campaigns-heading">
          <Typography
            variant="h5"
            component="h2"
            id="smo-campaigns-heading"
            gutterBottom
          >
            Campaigns
          </Typography>
          <Typography variant="body2" paragraph>
            Checks brought to a scope by a deadline: advisory for the scope
            until its tier's deadline, then enforced at the campaign's severity.
            Open a campaign for its burn-up, its teams and its components.
          </Typography>
          <CampaignsTable />
        </Box>
        <Box mt={4} component="section" aria-labelledby="smo-csi-heading">
          <Typography
            variant="h5"
            component="h2"
            id="smo-csi-heading"
            gutterBottom
          >
            Continual improvement
          </Typography>
          <ContinualImprovement />
        </Box>
        <Box
          mt={4}
          component="section"
          aria-labelledby="smo-waiver-debt-heading"
        >
          <Typography
            variant="h5"
            component="h2"
            id="smo-waiver-debt-heading"
            gutterBottom
          >
            Waiver debt
          </Typography>
          <WaiverDebt />
        </Box>
      </Content>
    </Page>
  );
}
