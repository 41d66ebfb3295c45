import { screen, within } from '@testing-library/react';

/** The text of each item of the list named `name`. */
export const listItems = (name: string) =>
  within(screen.getByRole('list', { name }))
    .getAllByRole('listitem')
    .map(li => li.textContent);
