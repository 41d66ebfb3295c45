import { parseEntityRef } from '@backstage/catalog-model';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';

type SpecRefProps = {
  entityRef: string;
  defaultKind: string;
  /** Namespace of the entity whose spec holds the ref; defaults to the page's entity. */
  namespace?: string;
};

/**
 * Links a ref written in an entity's spec, resolved the Backstage way: a short name gets the field's default kind
 * and the entity's namespace. Links even when the target is missing from the catalog, so a dangling ref is visible.
 */
export function SpecRef(props: SpecRefProps) {
  const { entity } = useEntity();
  return (
    <EntityRefLink
      entityRef={parseEntityRef(props.entityRef, {
        defaultKind: props.defaultKind,
        defaultNamespace: props.namespace ?? entity.metadata.namespace,
      })}
      defaultKind={props.defaultKind}
    />
  );
}

/** Several spec refs, comma-separated, or `fallback` when there are none. */
export function SpecRefs(
  props: Omit<SpecRefProps, 'entityRef'> & {
    entityRefs: string[] | undefined;
    fallback?: string;
  },
) {
  const { entityRefs = [], fallback = '—', ...rest } = props;
  if (entityRefs.length === 0) {
    return <>{fallback}</>;
  }
  return (
    <>
      {entityRefs.map((ref, index) => (
        <span key={ref}>
          {index > 0 && ', '}
          <SpecRef entityRef={ref} {...rest} />
        </span>
      ))}
    </>
  );
}
