import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { ControlBox } from './ControlBox';

/** The choice "every status" of a {@link StatusFilter}. */
export const ALL = 'all';

/** A "Status" select over `labels` (value → label) with "Every status" first, in its paper box. */
export function StatusFilter<S extends string>(props: {
  id: string;
  labels: Record<S, string>;
  value: S | typeof ALL;
  onChange: (value: S | typeof ALL) => void;
}) {
  return (
    <ControlBox>
      <TextField
        id={props.id}
        select
        fullWidth
        variant="outlined"
        size="small"
        label="Status"
        value={props.value}
        onChange={e => props.onChange(e.target.value as S | typeof ALL)}
      >
        <MenuItem value={ALL}>Every status</MenuItem>
        {(Object.keys(props.labels) as S[]).map(s => (
          <MenuItem key={s} value={s}>
            {props.labels[s]}
          </MenuItem>
        ))}
      </TextField>
    </ControlBox>
  );
}
