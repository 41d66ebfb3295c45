import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CampaignMember } from '../../api/SmoApi';
import { mockSmoApi, rejectingWith } from '../__testUtils__/apis';
import { techdocsDetail } from './__testUtils__/improvement';
import { renderSmoPage } from './__testUtils__/renderSmoPage';

const member = (overrides: Partial<CampaignMember>): CampaignMember => ({
  entityRef: 'component:default/checkout',
  ownerRef: 'group:default/team-checkout',
  tier: 'tier-1',
  deadline: '2026-11-15',
  status: 'open',
  missed: true,
  failing: ['docs.techdocs'],
  ...overrides,
});

const members = [
  member({}),
  member({
    entityRef: 'component:default/cart',
    tier: 'tier-2',
    deadline: '2026-12-15',
    status: 'met',
    missed: false,
    failing: [],
  }),
];

function backend() {
  return mockSmoApi({
    getCampaign: async () => techdocsDetail,
    listCampaignMembers: async (_id, query) => {
      const items = members.filter(
        m => !query?.status || m.status === query.status,
      );
      return { totalCount: items.length, items };
    },
  });
}

const bodyRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map(r => r.textContent);

async function choose(label: string, option: string) {
  await userEvent.click(
    screen.getByRole('button', { name: new RegExp(label) }),
  );
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('CampaignPage', () => {
  it('shows what the campaign asks, of whom and by when, with its progress', async () => {
    const smoApi = backend();
    await renderSmoPage('/smo/campaigns/techdocs-2026', { smoApi });
    expect(
      await screen.findByRole('heading', { name: 'TechDocs everywhere' }),
    ).toBeInTheDocument();
    expect(smoApi.getCampaign).toHaveBeenCalledWith('techdocs-2026');
    expect(screen.getByRole('link', { name: 'SMO' })).toHaveAttribute(
      'href',
      '/smo',
    );
    expect(screen.getByText('docs.techdocs passes')).toBeInTheDocument();
    expect(
      screen.getByText('Blocking from the deadline (advisory before it)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Offerings online-checkout; tiers tier-1, tier-2'),
    ).toBeInTheDocument();
    expect(screen.getByText(/tier-1: 2026-11-15/)).toBeInTheDocument();
    expect(screen.getByText('Enforcing some tiers')).toBeInTheDocument();
    expect(
      within(
        screen.getByRole('list', {
          name: 'Progress of the components in scope',
        }),
      )
        .getAllByRole('listitem')
        .map(li => li.textContent),
    ).toEqual([
      '10In scope',
      '5Met',
      '2Met with waivers',
      '3Open',
      '1Missed the deadline',
    ]);
    expect(
      bodyRows(screen.getByRole('table', { name: 'Progress per team' })),
    ).toEqual(['team-checkout62131', 'No owner43100']);
  });

  it('draws the burn-up with its figures as a table, and one team’s on choosing it', async () => {
    await renderSmoPage('/smo/campaigns/techdocs-2026', { smoApi: backend() });
    const chart = await screen.findByRole('img', {
      name: /^Burn-up of TechDocs everywhere, every team/,
    });
    expect(chart.getAttribute('aria-label')).toMatch(
      /: In scope 10; Met or waived 1 → 7; Met 1 → 5\.$/,
    );
    expect(chart.querySelectorAll('path')).toHaveLength(3);
    await userEvent.click(
      screen.getByRole('button', { name: 'Show as a table' }),
    );
    expect(
      bodyRows(
        screen.getByRole('table', {
          name: 'Burn-up of TechDocs everywhere, every team',
        }),
      ),
    ).toEqual([
      expect.stringMatching(/2026 ?10101$/),
      expect.stringMatching(/2026 ?10314$/),
      expect.stringMatching(/2026 ?10527$/),
    ]);

    await choose('Team', 'team-checkout');
    expect(
      screen.getByRole('img', {
        name: /^Burn-up of TechDocs everywhere, team-checkout.*: In scope 6; Met or waived 0 → 3; Met 0 → 2\.$/,
      }),
    ).toBeInTheDocument();
    expect(
      bodyRows(
        screen.getByRole('table', {
          name: 'Burn-up of TechDocs everywhere, team-checkout',
        }),
      ),
    ).toEqual([
      expect.stringMatching(/2026[^]*6000$/),
      expect.stringMatching(/2026[^]*6213$/),
    ]);
  });

  it('lists the components in scope, filtered by status, with failing checks and the missed ones marked', async () => {
    const smoApi = backend();
    await renderSmoPage('/smo/campaigns/techdocs-2026', { smoApi });
    const table = await screen.findByRole('table', {
      name: 'Components in scope',
    });
    expect(bodyRows(table)).toEqual([
      'checkoutteam-checkouttier-12026-11-15Opendocs.techdocsMissed',
      'cartteam-checkouttier-22026-12-15MetNoneNo',
    ]);
    expect(
      within(table).getByRole('link', { name: 'checkout' }),
    ).toHaveAttribute('href', '/catalog/default/component/checkout');
    expect(smoApi.listCampaignMembers).toHaveBeenLastCalledWith(
      'techdocs-2026',
      { limit: 20, offset: 0 },
    );

    await choose('Status', 'Met');
    await waitFor(() =>
      expect(
        bodyRows(screen.getByRole('table', { name: 'Components in scope' })),
      ).toEqual(['cartteam-checkouttier-22026-12-15MetNoneNo']),
    );
    expect(smoApi.listCampaignMembers).toHaveBeenLastCalledWith(
      'techdocs-2026',
      { status: 'met', limit: 20, offset: 0 },
    );
  });

  it('pages the components', async () => {
    const smoApi = mockSmoApi({
      getCampaign: async () => techdocsDetail,
      listCampaignMembers: async (_id, query) => ({
        totalCount: 45,
        items: [member({ entityRef: `component:default/c-${query?.offset}` })],
      }),
    });
    await renderSmoPage('/smo/campaigns/techdocs-2026', { smoApi });
    expect(
      await screen.findByText(/Components 1–20 of 45/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('c-20')).toBeInTheDocument();
    expect(smoApi.listCampaignMembers).toHaveBeenLastCalledWith(
      'techdocs-2026',
      { limit: 20, offset: 20 },
    );
  });

  it('says when there is no such campaign', async () => {
    await renderSmoPage('/smo/campaigns/nope', {
      smoApi: mockSmoApi({
        getCampaign: rejectingWith(404, 'No campaign nope'),
        listCampaignMembers: rejectingWith(404),
      }),
    });
    expect(await screen.findByText('No campaign nope')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Back to the SMO page' }),
    ).toHaveAttribute('href', '/smo');
  });
});
