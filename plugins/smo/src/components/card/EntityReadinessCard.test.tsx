import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EntityReadinessCard } from './EntityReadinessCard';
import { SmoApi } from '../../api/SmoApi';
import { listItems } from '../__testUtils__/queries';
import {
  mockSmoApi,
  renderWithSmo,
  rejectingWith,
  responseError,
} from '../__testUtils__/apis';
import { notReadyResult, readyResult } from '../__testUtils__/readiness';
import { component } from '@smo-backstage/plugin-smo-common/testUtils';

describe('EntityReadinessCard', () => {
  /** Renders the card on component `name`, whose readiness `getReadiness` answers. */
  async function renderFor(name: string, getReadiness: SmoApi['getReadiness']) {
    await renderWithSmo(<EntityReadinessCard />, {
      smoApi: mockSmoApi({ getReadiness }),
      entity: component(name),
    });
  }

  it('shows score, verdict and the top 3 blockers with a link to the Governance tab', async () => {
    await renderFor('fraud-screening', async () => notReadyResult);

    expect(await screen.findByText('Not ready')).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'Readiness score 54 out of 100' }),
    ).toBeInTheDocument();
    expect(screen.getByText('4 blockers, top 3:')).toBeInTheDocument();
    expect(listItems('Top blockers')).toEqual([
      'Runbook linked — No link of type runbook and no smo.backstage.io/runbook annotation',
      'Recovery objectives set — smo.backstage.io/rto is missing',
      'Security review — Attestation store unavailable',
    ]);
    expect(
      screen.getByRole('link', { name: /View governance/ }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/fraud-screening/governance',
    );
    expect(screen.getByText(/^tier-1 · evaluated/)).toBeInTheDocument();
  });

  it('says every blocking check is met when ready', async () => {
    await renderFor('loyalty-api', async () => readyResult);
    expect(await screen.findByText('Ready')).toBeInTheDocument();
    expect(
      screen.getByText('Every blocking check is met.'),
    ).toBeInTheDocument();
    expect(screen.getByText('88%')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Top blockers' })).toBeNull();
  });

  it('shows progress while loading', async () => {
    await renderFor('x', () => new Promise(() => {}));
    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });

  it('retries after an error', async () => {
    const error = await responseError(503, 'readiness store unavailable');
    const getReadiness = jest
      .fn()
      .mockRejectedValueOnce(error)
      .mockResolvedValueOnce(readyResult);
    await renderFor('loyalty-api', getReadiness);
    expect(
      (await screen.findAllByText(/readiness store unavailable/)).length,
    ).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByText('Every blocking check is met.'),
    ).toBeInTheDocument();
  });

  it('explains a 403 as missing permission', async () => {
    await renderFor('a', rejectingWith(403));
    expect(
      await screen.findByText('You are not permitted to see this'),
    ).toBeInTheDocument();
  });

  it('explains an entity the SMO does not score', async () => {
    await renderFor('b', rejectingWith(404));
    expect(
      await screen.findByText('The SMO does not score this entity.'),
    ).toBeInTheDocument();
  });
});
