import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Attestation, CheckDefinition } from '@smo-backstage/plugin-smo-common';
import { rejectingWith } from '../__testUtils__/apis';
import { attestation } from '@smo-backstage/plugin-smo-common/testUtils';
import { renderSection } from '../__testUtils__/renderSection';
import { AttestationsCard } from './AttestationsCard';

describe('AttestationsCard', () => {
  it('records an attestation of a type the backend offers, then shows it in the history', async () => {
    let items: Attestation[] = [];
    const { smoApi, entityRef } = await renderSection(<AttestationsCard />, {
      api: ref => ({
        listAttestations: async () => ({
          items,
          types: ['restore-tested', 'security-review'],
        }),
        recordAttestation: async request => {
          items = [
            attestation(ref, { type: request.type, note: request.note }),
          ];
          return items[0];
        },
      }),
    });
    expect(
      await screen.findByText('No attestation recorded yet.'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Type/ }));
    const options = screen.getAllByRole('option').map(o => o.textContent);
    expect(options).toEqual(['restore-tested', 'security-review']);
    await userEvent.click(
      screen.getByRole('option', { name: 'security-review' }),
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Evidence URL' }),
      'https://sec.example/r/7',
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Note' }),
      'pen test passed',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Record attestation' }),
    );

    expect(smoApi.recordAttestation).toHaveBeenCalledWith({
      entityRef,
      type: 'security-review',
      evidenceUrl: 'https://sec.example/r/7',
      note: 'pen test passed',
    });
    const history = await screen.findByRole('table', { name: 'History' });
    expect(within(history).getAllByRole('row')[1]).toHaveTextContent(
      'security-review',
    );
    expect(
      within(history).getByRole('link', {
        name: /https:\/\/evidence\.example\/restore-42/,
      }),
    ).toBeInTheDocument();
    // The form is cleared for the next one, and nothing in the history can be edited.
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('');
    expect(within(history).queryByRole('button')).toBeNull();
    expect(smoApi.getReadiness).toHaveBeenCalledTimes(2);
  });

  it('does not link evidence that is not a web address', async () => {
    await renderSection(<AttestationsCard />, {
      api: ref => ({
        listAttestations: async () => ({
          items: [
            attestation(ref, {
              evidenceUrl: 'file://share/restore-report.pdf',
            }),
          ],
          types: ['restore-tested'],
        }),
      }),
    });
    const history = await screen.findByRole('table', { name: 'History' });
    expect(history).toHaveTextContent('file://share/restore-report.pdf');
    expect(
      within(history).queryByRole('link', { name: /restore-report/ }),
    ).toBeNull();
  });

  it('shows the backend message when recording is refused', async () => {
    await renderSection(<AttestationsCard />, {
      api: () => ({
        recordAttestation: rejectingWith(
          403,
          'You are not allowed to record attestations for this component',
        ),
      }),
    });
    await userEvent.click(await screen.findByRole('button', { name: /Type/ }));
    await userEvent.click(
      screen.getByRole('option', { name: 'restore-tested' }),
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Record attestation' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not permitted');
    expect(alert).toHaveTextContent(
      'You are not allowed to record attestations',
    );
  });

  it('disables the form without smo.attestation.create', async () => {
    await renderSection(<AttestationsCard />, { permit: () => false });
    await waitFor(() =>
      expect(
        screen.getByText(/not permitted to record attestations/),
      ).toHaveTextContent('smo.attestation.create'),
    );
    expect(
      screen.getByRole('button', { name: 'Record attestation' }),
    ).toBeDisabled();
  });

  it('shows until when each attestation counts: its check validity, or an earlier explicit expiry', async () => {
    const restoreCheck = {
      id: 'continuity.restore-tested',
      attestation: { type: 'restore-tested', validityDays: 180 },
    } as CheckDefinition;
    await renderSection(<AttestationsCard />, {
      api: ref => ({
        getChecks: async () => [restoreCheck],
        listAttestations: async () => ({
          items: [
            attestation(ref, { id: 'a-1', expiresAt: undefined }),
            attestation(ref, {
              id: 'a-2',
              expiresAt: '2026-12-24T09:00:00.000Z',
            }),
            attestation(ref, {
              id: 'a-3',
              type: 'security-review',
              expiresAt: undefined,
            }),
          ],
          types: ['restore-tested', 'security-review'],
        }),
      }),
    });
    const history = await screen.findByRole('table', { name: 'History' });
    await waitFor(() =>
      expect(
        within(history)
          .getAllByRole('row')
          .slice(1)
          .map(r => r.querySelectorAll('td')[1])
          .map(
            cell => cell.querySelector('time')?.dateTime ?? cell.textContent,
          ),
      ).toEqual([
        '2027-05-19T09:00:00.000Z',
        '2026-12-24T09:00:00.000Z',
        'no expiry',
      ]),
    );
  });
});
