import { ErrorPage } from '@backstage/core-components';
import { Route, Routes } from 'react-router-dom';
import { CampaignPage } from '../improvement/CampaignPage';
import { ImprovementPage } from '../improvement/ImprovementPage';
import { SmoPortfolioPage } from './SmoPortfolioPage';

/**
 * The SMO page and the pages under it, routed inside the page so they work wherever the app mounts it (`/smo` by
 * default, in both frontend systems): the portfolio, `campaigns/<id>` and `improvements/<id>`.
 */
export function SmoPage() {
  return (
    <Routes>
      <Route path="/" element={<SmoPortfolioPage />} />
      <Route path="campaigns/:campaignId" element={<CampaignPage />} />
      <Route path="improvements/:improvementId" element={<ImprovementPage />} />
      <Route
        path="*"
        element={
          <ErrorPage
            status="404"
            statusMessage="No such page under the SMO page"
          />
        }
      />
    </Routes>
  );
}
