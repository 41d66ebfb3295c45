import { ReactNode } from 'react';
import { Entity } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
  TableColumn,
} from '@backstage/core-components';
import {
  EntityTable,
  useEntity,
  useRelatedEntities,
} from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';

/** Props for {@link RelatedEntitiesCard}. */
export type RelatedEntitiesCardProps<T extends Entity> = {
  title: string;
  /** Relation type from the current entity, e.g. `deliveredBy`. */
  relationType: string;
  columns: TableColumn<T>[];
  emptyMessage: ReactNode;
  /** Narrows the related entities, e.g. to SMO entities of the expected kind. */
  select?: (entity: Entity) => entity is T;
};

/** A table of the entities the current entity points at through one relation, with loading, error and empty states. */
export function RelatedEntitiesCard<T extends Entity>(
  props: RelatedEntitiesCardProps<T>,
) {
  const { title, relationType, columns, emptyMessage, select } = props;
  const { entity } = useEntity();
  const { entities, loading, error } = useRelatedEntities(entity, {
    type: relationType,
  });

  if (loading) {
    return (
      <InfoCard title={title}>
        <Progress />
      </InfoCard>
    );
  }
  if (error) {
    return (
      <InfoCard title={title}>
        <ResponseErrorPanel error={error} />
      </InfoCard>
    );
  }
  const rows = (entities ?? []).filter((e): e is T => !select || select(e));
  return (
    <EntityTable<T>
      title={title}
      entities={rows}
      columns={columns}
      emptyContent={
        <Typography variant="body2" align="center">
          {emptyMessage}
        </Typography>
      }
    />
  );
}
