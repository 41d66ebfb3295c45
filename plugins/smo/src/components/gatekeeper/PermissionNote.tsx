import Typography from '@material-ui/core/Typography';
import { PermissionAnswer } from './useEntityPermissions';

/** Says why an action is disabled: the missing permission by name. Nothing while the answer loads or when allowed. */
export function PermissionNote(props: {
  permissions: PermissionAnswer[];
  what: string;
}) {
  const missing = props.permissions.filter(p => !p.loading && !p.allowed);
  if (missing.length === 0) return null;
  return (
    <Typography variant="caption" component="p" color="textSecondary">
      You are not permitted to {props.what} (
      {missing.map(p => p.name).join(', ')}).
    </Typography>
  );
}
