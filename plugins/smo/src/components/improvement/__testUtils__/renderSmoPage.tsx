import { Route, Routes } from 'react-router-dom';
import { SmoApi } from '../../../api/SmoApi';
import { renderWithSmo } from '../../__testUtils__/apis';
import { SmoPage } from '../../portfolio/SmoPage';

/** Renders the SMO page mounted at `/smo`, as an app does, at `path` (e.g. `/smo/campaigns/techdocs-2026`). */
export function renderSmoPage(
  path: string,
  options: Omit<Parameters<typeof renderWithSmo>[1], 'path'> & {
    smoApi: SmoApi;
  },
) {
  return renderWithSmo(
    <Routes>
      <Route path="/smo/*" element={<SmoPage />} />
    </Routes>,
    { ...options, path },
  );
}
