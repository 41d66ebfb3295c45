import TextField from '@material-ui/core/TextField';
import { ActionDialog } from '../gatekeeper/ActionDialog';
import { useTextInput } from '../gatekeeper/useTextInput';
import { Problem } from '../gatekeeper/useWorkflowAction';

const WEB_ADDRESS = /^https?:\/\/\S+$/;

/** Links evidence to an improvement: a web address and the title it is listed by. */
export function EvidenceDialog(props: {
  busy: boolean;
  problem?: Problem;
  onLink(evidence: { url: string; title: string }): void;
  onClose(): void;
}) {
  const [urlInput] = useTextInput();
  const [titleInput] = useTextInput();
  const url = urlInput.value.trim();
  const title = titleInput.value.trim();
  const badUrl = url !== '' && !WEB_ADDRESS.test(url);
  return (
    <ActionDialog
      id="smo-improvement-evidence"
      open
      title="Link evidence"
      confirmLabel="Link evidence"
      busy={props.busy}
      problem={props.problem}
      confirmDisabled={!url || badUrl || !title}
      onConfirm={() => props.onLink({ url, title })}
      onClose={props.onClose}
    >
      <TextField
        id="smo-evidence-url"
        label="Web address"
        {...urlInput}
        required
        fullWidth
        margin="normal"
        error={badUrl}
        helperText={
          badUrl
            ? 'Write a web address starting with https:// or http://'
            : 'Where the evidence is: a pull request, a runbook, a report'
        }
      />
      <TextField
        id="smo-evidence-name"
        label="Title"
        {...titleInput}
        required
        fullWidth
        margin="normal"
        inputProps={{ maxLength: 200 }}
      />
    </ActionDialog>
  );
}
