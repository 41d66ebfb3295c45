import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ActionDialog } from '../gatekeeper/ActionDialog';

/** A row whose "Request" button opens a dialog; confirming replaces the button with the word "Requested". */
function Row() {
  const [open, setOpen] = useState(false);
  const [requested, setRequested] = useState(false);
  return (
    <div data-testid="row">
      <span>Runbook linked</span>
      {requested ? (
        <span>Requested</span>
      ) : (
        <button onClick={() => setOpen(true)}>Request</button>
      )}
      <ActionDialog
        id="request"
        open={open}
        title="Request a waiver"
        confirmLabel="Send"
        busy={false}
        onConfirm={() => {
          setOpen(false);
          setRequested(true);
        }}
        onClose={() => setOpen(false)}
      >
        <input aria-label="Justification" />
      </ActionDialog>
    </div>
  );
}

/** The button and its dialog in one part, which the row replaces as the request is made (the dialog goes while open). */
function RequestPart(props: { onRequested(): void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button onClick={() => setOpen(true)}>Request</button>
      <ActionDialog
        id="request"
        open={open}
        title="Request a waiver"
        confirmLabel="Send"
        busy={false}
        onConfirm={props.onRequested}
        onClose={() => setOpen(false)}
      >
        <input aria-label="Justification" />
      </ActionDialog>
    </>
  );
}
function ReplacedRow() {
  const [requested, setRequested] = useState(false);
  return (
    <div data-testid="row">
      <span>Runbook linked</span>
      {requested ? (
        <span>Requested</span>
      ) : (
        <RequestPart onRequested={() => setRequested(true)} />
      )}
    </div>
  );
}

describe('the focus around an action dialog', () => {
  it('moves into the dialog, onto its first field, and back to the button when cancelled', async () => {
    render(<Row />);
    const request = screen.getByRole('button', { name: 'Request' });
    request.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(
        screen.getByRole('textbox', { name: 'Justification' }),
      ).toHaveFocus(),
    );
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(request).toHaveFocus();
  });

  it('lands on the nearest part of the page still there when the action replaced the button', async () => {
    render(<Row />);
    screen.getByRole('button', { name: 'Request' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(
        screen.getByRole('textbox', { name: 'Justification' }),
      ).toHaveFocus(),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByText('Requested')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('row')).toHaveFocus());
  });

  it('lands there too when the dialog goes with the part of the page that rendered it', async () => {
    render(<ReplacedRow />);
    screen.getByRole('button', { name: 'Request' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(
        screen.getByRole('textbox', { name: 'Justification' }),
      ).toHaveFocus(),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('row')).toHaveFocus());
  });
});
