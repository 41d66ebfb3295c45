import { screen } from '@testing-library/react';
import { ReactElement } from 'react';
import { Entity } from '@backstage/catalog-model';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import {
  EntityProvider,
  catalogApiRef,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { portfolio } from './fixtures';

/** Renders a card on `entity`'s page, with an in-memory catalog holding the example portfolio. */
export function renderCard(
  card: ReactElement,
  entity: Entity,
  entities: Entity[] = portfolio,
) {
  return renderInTestApp(
    <TestApiProvider apis={[[catalogApiRef, catalogApiMock({ entities })]]}>
      <EntityProvider entity={entity}>{card}</EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

/** Those of `texts` not on the page exactly once (as an element's whole text): `[]` when each is shown once. */
export function notShownOnce(...texts: string[]) {
  return texts.filter(text => screen.queryAllByText(text).length !== 1);
}
