import { FormEvent } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { useTextInput } from './useTextInput';

/** Type, evidence URL and note of a new attestation; cleared after it was recorded. */
export function AttestationForm(props: {
  types: string[];
  disabled: boolean;
  onRecord(input: {
    type: string;
    evidenceUrl?: string;
    note?: string;
  }): Promise<boolean>;
}) {
  const [typeInput, setType] = useTextInput();
  const [evidenceInput, setEvidenceUrl] = useTextInput();
  const [noteInput, setNote] = useTextInput();
  const type = typeInput.value;
  const evidenceUrl = evidenceInput.value.trim();
  const note = noteInput.value.trim();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const recorded = await props.onRecord({
      type,
      ...(evidenceUrl ? { evidenceUrl } : {}),
      ...(note ? { note } : {}),
    });
    if (recorded) {
      setType('');
      setEvidenceUrl('');
      setNote('');
    }
  };
  return (
    <form onSubmit={submit} aria-label="Record an attestation" noValidate>
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="flex-start"
        style={{ gap: 16 }}
      >
        <TextField
          select
          id="smo-attestation-type"
          label="Type"
          {...typeInput}
          required
          disabled={props.disabled}
          style={{ minWidth: 220 }}
        >
          {props.types.map(t => (
            <MenuItem key={t} value={t}>
              {t}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          id="smo-attestation-evidence"
          label="Evidence URL"
          type="url"
          {...evidenceInput}
          placeholder="https://…"
          disabled={props.disabled}
          style={{ minWidth: 300, flex: 1 }}
        />
        <TextField
          id="smo-attestation-note"
          label="Note"
          {...noteInput}
          disabled={props.disabled}
          style={{ minWidth: 240, flex: 1 }}
        />
        <Box alignSelf="center">
          <Button
            type="submit"
            variant="contained"
            color="primary"
            disabled={props.disabled || !type}
          >
            Record attestation
          </Button>
        </Box>
      </Box>
    </form>
  );
}
