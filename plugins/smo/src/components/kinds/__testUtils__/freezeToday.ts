import { Settings } from 'luxon';

/** Pins luxon's clock for the enclosing describe block, so "in force" does not depend on when tests run. */
export function freezeToday(iso: string) {
  const realNow = Settings.now;
  beforeAll(() => {
    Settings.now = () => Date.parse(iso);
  });
  afterAll(() => {
    Settings.now = realNow;
  });
}
