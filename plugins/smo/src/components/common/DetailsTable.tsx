import { ReactNode } from 'react';
import { StructuredMetadataTable } from '@backstage/core-components';

const asWritten = (key: string) => key;

/** Label/value rows for an about card; labels are shown as written ("Support group"), not re-cased. */
export function DetailsTable(props: { rows: Record<string, ReactNode> }) {
  return (
    <StructuredMetadataTable
      dense
      metadata={props.rows}
      options={{ titleFormat: asWritten }}
    />
  );
}
