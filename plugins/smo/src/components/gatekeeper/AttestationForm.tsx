import { FormEvent, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';

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
  const [type, setType] = useState('');
  const [evidenceUrl, setEvidenceUrl] = useState('');
  const [note, setNote] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const recorded = await props.onRecord({
      type,
      ...(evidenceUrl.trim() ? { evidenceUrl: evidenceUrl.trim() } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
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
          value={type}
          onChange={e => setType(e.target.value)}
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
          value={evidenceUrl}
          onChange={e => setEvidenceUrl(e.target.value)}
          placeholder="https://…"
          disabled={props.disabled}
          style={{ minWidth: 300, flex: 1 }}
        />
        <TextField
          id="smo-attestation-note"
          label="Note"
          value={note}
          onChange={e => setNote(e.target.value)}
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
