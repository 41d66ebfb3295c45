import { parseEntityRef } from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';

const KIND_LABELS: Record<string, string> = {
  serviceoffering: 'Service offering',
  system: 'System',
  domain: 'Domain',
  group: 'Group',
};

/** A process owner's scope, one entry a line with its kind spelled out — "payments" alone could be a system or a team. */
export function ScopeList(props: { scope: string[]; namespace?: string }) {
  return (
    <>
      {props.scope.map(ref => {
        const target = parseEntityRef(ref, {
          defaultNamespace: props.namespace,
        });
        const kind = target.kind.toLocaleLowerCase('en-US');
        return (
          <div key={ref}>
            {KIND_LABELS[kind] ?? target.kind}:{' '}
            <EntityRefLink entityRef={target} />
          </div>
        );
      })}
    </>
  );
}
