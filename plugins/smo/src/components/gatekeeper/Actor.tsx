import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { absoluteTime, relativeTime } from '../readiness/relativeTime';

/** A user ref as a catalog link (`guest`), for "who" columns. */
export function Actor(props: { entityRef: string }) {
  return <EntityRefLink entityRef={props.entityRef} defaultKind="user" />;
}

/** A timestamp as relative time with the exact time on hover. */
export function When(props: { iso: string }) {
  return (
    <time dateTime={props.iso} title={absoluteTime(props.iso)}>
      {relativeTime(props.iso)}
    </time>
  );
}
