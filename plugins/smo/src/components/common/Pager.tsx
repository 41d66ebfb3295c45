import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';

/** Previous / "11–20 of 45" / Next under a paged list; nothing when everything fits on one page. */
export function Pager(props: {
  offset: number;
  pageSize: number;
  total: number;
  onChange: (offset: number) => void;
  /** What is counted, before the range ("Lines 1–8 of 12"); none by default. */
  noun?: string;
  className?: string;
}) {
  const { offset, pageSize, total, onChange } = props;
  if (total <= pageSize) return null;
  return (
    <Box className={props.className} mt={1} display="flex" alignItems="center">
      <Button
        disabled={offset === 0}
        onClick={() => onChange(Math.max(0, offset - pageSize))}
      >
        Previous
      </Button>
      <Typography variant="body2">
        {props.noun && `${props.noun} `}
        {offset + 1}–{Math.min(offset + pageSize, total)} of {total}
      </Typography>
      <Button
        disabled={offset + pageSize >= total}
        onClick={() => onChange(offset + pageSize)}
      >
        Next
      </Button>
    </Box>
  );
}
