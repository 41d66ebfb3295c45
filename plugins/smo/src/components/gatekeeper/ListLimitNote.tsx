import Typography from '@material-ui/core/Typography';

/** How many items a card asks for: the backend's default page of waivers, handovers and decisions. */
export const LIST_LIMIT = 100;

/** Says that a bounded list shows only its newest items, once it is full; nothing otherwise. */
export function ListLimitNote(props: { shown: number; what: string }) {
  if (props.shown < LIST_LIMIT) return null;
  return (
    <Typography variant="caption" component="p" color="textSecondary">
      Showing the newest {LIST_LIMIT} {props.what}; older ones are kept and can
      be read through the SMO API with <code>offset</code>.
    </Typography>
  );
}
