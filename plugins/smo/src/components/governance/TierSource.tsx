import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { TierSource as TierSourceType } from '@smo-backstage/plugin-smo-common';

/** Where the service tier came from, linking the offering that set it. */
export function TierSource(props: { source: TierSourceType }) {
  const { source } = props;
  switch (source.type) {
    case 'offering':
      return (
        <>
          from offering <EntityRefLink entityRef={source.entityRef} />
        </>
      );
    case 'annotation':
      return <>from the annotation smo.backstage.io/tier</>;
    default:
      return (
        <>
          default: the component delivers no offering and has no tier annotation
        </>
      );
  }
}
