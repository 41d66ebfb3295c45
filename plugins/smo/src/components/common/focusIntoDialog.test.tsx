import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ActionDialog } from '../gatekeeper/ActionDialog';

/** The request dialog with one field. */
function RequestDialog(props: {
  open: boolean;
  onConfirm(): void;
  onClose(): void;
}) {
  return (
    <ActionDialog
      id="request"
      title="Request a waiver"
      confirmLabel="Send"
      busy={false}
      {...props}
    >
      <input aria-label="Justification" />
    </ActionDialog>
  );
}

/**
 * A row whose "Request" button opens the dialog; confirming closes it and replaces the button with the word
 * "Requested" — with `replacesDialog`, the dialog goes with the button, unmounted while still open.
 */
function Row(props: { replacesDialog?: boolean }) {
  const [requested, setRequested] = useState(false);
  return (
    <div data-testid="row">
      <span>Runbook linked</span>
      {requested && <span>Requested</span>}
      {!(requested && props.replacesDialog) && (
        <RequestPart
          requested={requested}
          onRequested={() => setRequested(true)}
        />
      )}
    </div>
  );
}

function RequestPart(props: { requested: boolean; onRequested(): void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      {!props.requested && (
        <button onClick={() => setOpen(true)}>Request</button>
      )}
      <RequestDialog
        open={open}
        onConfirm={() => {
          setOpen(false);
          props.onRequested();
        }}
        onClose={() => setOpen(false)}
      />
    </>
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
    render(<Row replacesDialog />);
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
