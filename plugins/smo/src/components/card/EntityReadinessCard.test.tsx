import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EntityReadinessCard } from './EntityReadinessCard';
import {
  mockSmoApi,
  renderWithSmo,
  responseError,
} from '../__testUtils__/apis';
import { notReadyResult, readyResult } from '../__testUtils__/readiness';
import { component } from '@smo-backstage/plugin-smo-common/testUtils';

describe('EntityReadinessCard', () => {
  it('shows score, verdict and the top 3 blockers with a link to the Governance tab', async () => {
    const smoApi = mockSmoApi({ getReadiness: async () => notReadyResult });
    await renderWithSmo(<EntityReadinessCard />, {
      smoApi,
      entity: component('fraud-screening'),
    });

    expect(await screen.findByText('Not ready')).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'Readiness score 54 out of 100' }),
    ).toBeInTheDocument();
    expect(screen.getByText('4 blockers, top 3:')).toBeInTheDocument();
    const top = within(screen.getByRole('list', { name: 'Top blockers' }))
      .getAllByRole('listitem')
      .map(li => li.textContent);
    expect(top).toEqual([
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
    const smoApi = mockSmoApi({ getReadiness: async () => readyResult });
    await renderWithSmo(<EntityReadinessCard />, {
      smoApi,
      entity: component('loyalty-api'),
    });
    expect(await screen.findByText('Ready')).toBeInTheDocument();
    expect(
      screen.getByText('Every blocking check is met.'),
    ).toBeInTheDocument();
    expect(screen.getByText('88%')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Top blockers' })).toBeNull();
  });

  it('shows progress while loading', async () => {
    const smoApi = mockSmoApi({ getReadiness: () => new Promise(() => {}) });
    await renderWithSmo(<EntityReadinessCard />, {
      smoApi,
      entity: component('x'),
    });
    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });

  it('retries after an error', async () => {
    const error = await responseError(503, 'readiness store unavailable');
    const getReadiness = jest
      .fn()
      .mockRejectedValueOnce(error)
      .mockResolvedValueOnce(readyResult);
    const smoApi = mockSmoApi({ getReadiness });
    await renderWithSmo(<EntityReadinessCard />, {
      smoApi,
      entity: component('loyalty-api'),
    });
    expect(
      (await screen.findAllByText(/readiness store unavailable/)).length,
    ).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByText('Every blocking check is met.'),
    ).toBeInTheDocument();
  });

  it('explains a 403 as missing permission', async () => {
    const forbidden = await responseError(403, 'no');
    await renderWithSmo(<EntityReadinessCard />, {
      smoApi: mockSmoApi({
        getReadiness: async () => {
          throw forbidden;
        },
      }),
      entity: component('a'),
    });
    expect(
      await screen.findByText('You are not permitted to see this'),
    ).toBeInTheDocument();
  });

  it('explains an entity the SMO does not score', async () => {
    const notFound = await responseError(404, 'no');
    await renderWithSmo(<EntityReadinessCard />, {
      smoApi: mockSmoApi({
        getReadiness: async () => {
          throw notFound;
        },
      }),
      entity: component('b'),
    });
    expect(
      await screen.findByText('The SMO does not score this entity.'),
    ).toBeInTheDocument();
  });
});
