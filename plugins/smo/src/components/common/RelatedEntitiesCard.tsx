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

/** Props for {@link EntityTableCard}. */
export type EntityTableCardProps<T extends Entity> = {
  title: string;
  columns: TableColumn<T>[];
  emptyMessage: ReactNode;
  loading: boolean;
  error?: Error;
  entities?: T[];
};

/** A table of entities, with loading, error and empty states. */
export function EntityTableCard<T extends Entity>(
  props: EntityTableCardProps<T>,
) {
  const { title, columns, emptyMessage, loading, error, entities } = props;
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
  return (
    <EntityTable<T>
      title={title}
      entities={entities ?? []}
      columns={columns}
      emptyContent={
        <Typography variant="body2" align="center">
          {emptyMessage}
        </Typography>
      }
    />
  );
}

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
  const { relationType, select, ...table } = props;
  const { entity } = useEntity();
  const { entities, loading, error } = useRelatedEntities(entity, {
    type: relationType,
  });
  const rows = (entities ?? []).filter((e): e is T => !select || select(e));
  return (
    <EntityTableCard<T>
      {...table}
      loading={loading}
      error={error}
      entities={rows}
    />
  );
}

/** A card component showing one fixed {@link RelatedEntitiesCard}, for cards that differ only in their props. */
export function relatedEntitiesCard<T extends Entity>(
  props: RelatedEntitiesCardProps<T>,
) {
  return function Card() {
    return <RelatedEntitiesCard<T> {...props} />;
  };
}
