import { ReactNode } from 'react';
import { InfoCard, StructuredMetadataTable } from '@backstage/core-components';

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

/** An about card: a titled {@link DetailsTable}. */
export function DetailsCard(props: {
  title: string;
  rows: Record<string, ReactNode>;
}) {
  return (
    <InfoCard title={props.title}>
      <DetailsTable rows={props.rows} />
    </InfoCard>
  );
}
