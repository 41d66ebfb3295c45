import { useEffect, useState } from 'react';
import Box from '@material-ui/core/Box';
import TextField from '@material-ui/core/TextField';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `YYYY-MM-DD`, or undefined for anything else (a hand-edited URL must not fail the tab). */
export const validDay = (text: string | null | undefined) =>
  text && DAY.test(text) && !Number.isNaN(Date.parse(text)) ? text : undefined;

/**
 * The "As of" date: a native date input (keyboard usable, labelled), applied once a whole date is entered; clearing it
 * shows the current state again (as does the banner's "Back to now"). On the paper colour, so its helper text keeps its contrast.
 */
export function AsOfBar(props: {
  asOf?: string;
  /** Today (UTC), the latest date that can be asked for. */
  today: string;
  onChange(asOf: string | undefined): void;
}) {
  const { asOf, onChange } = props;
  const [draft, setDraft] = useState(asOf ?? '');
  useEffect(() => setDraft(asOf ?? ''), [asOf]);
  return (
    <Box
      p={2}
      bgcolor="background.paper"
      borderRadius={4}
      display="flex"
      alignItems="flex-start"
      flexWrap="wrap"
      style={{ gap: 16 }}
    >
      <TextField
        id="smo-rollup-as-of"
        type="date"
        label="As of"
        variant="outlined"
        size="small"
        value={draft}
        InputLabelProps={{ shrink: true }}
        inputProps={{ max: props.today }}
        helperText="The state recorded by the end of that day (UTC)"
        onChange={e => {
          const value = e.target.value;
          setDraft(value);
          if (value === '') onChange(undefined);
          else if (validDay(value)) onChange(value);
        }}
      />
    </Box>
  );
}
