import { Entity } from '@backstage/catalog-model';
import { Knex } from 'knex';
import { migrationsDir } from '../store/migrations';
import { ReadinessStore } from '../store/ReadinessStore';
import { portfolio, readyComponent } from '../__testUtils__/fixtures';
import {
  componentReader,
  readinessService,
} from '../__testUtils__/readinessService';
import { createTestDatabases } from '../__testUtils__/testDatabases';

const databases = createTestDatabases();

/** Three sweep batches (500 each); store writes go in chunks of 200 within a batch's transaction. */
const COMPONENTS = 1200;

/**
 * A database whose second transaction dies at its second history insert: the batch has already
 * upserted 400 results and 200 history rows in that transaction when the "process" is killed.
 */
function dyingInSecondBatch(db: Knex): Knex {
  let transactions = 0;
  let historyInserts = 0;
  const wrapTx = (tx: Knex.Transaction) =>
    new Proxy(tx, {
      apply(target, thisArg, args) {
        if (args[0] === 'smo_readiness_history' && ++historyInserts === 2) {
          throw new Error('killed in the middle of a batch');
        }
        return Reflect.apply(target, thisArg, args);
      },
    });
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop !== 'transaction') return Reflect.get(target, prop, receiver);
      return (work: (tx: Knex.Transaction) => Promise<unknown>) => {
        transactions += 1;
        const doomed = transactions === 2;
        return target.transaction(tx => work(doomed ? wrapTx(tx) : tx));
      };
    },
  });
}

describe.each(databases.eachSupportedId())(
  'sweep killed mid-batch on %p',
  databaseId => {
    it('keeps whole batches only, and the next sweep completes without duplicates', async () => {
      const db = await databases.init(databaseId);
      await db.migrate.latest({ directory: migrationsDir });
      const entities: Entity[] = [
        ...portfolio(),
        ...Array.from({ length: COMPONENTS }, (_, i) =>
          readyComponent({ name: `c${String(i).padStart(4, '0')}` }),
        ),
      ];
      const serviceOver = (knex: Knex) =>
        readinessService({
          reader: componentReader(entities),
          store: ReadinessStore.create(knex),
        });
      const count = async (table: string) =>
        Number((await db(table).count({ n: '*' }))[0].n);
      const duplicates = () =>
        db('smo_readiness_history')
          .select('entity_ref')
          .groupBy('entity_ref')
          .havingRaw('count(*) > 1');

      await expect(serviceOver(dyingInSecondBatch(db)).sweep()).rejects.toThrow(
        'killed in the middle of a batch',
      );
      // Batch 1 committed whole; nothing of batch 2 (or 3); no sweep was recorded as done.
      expect({
        results: await count('smo_readiness'),
        history: await count('smo_readiness_history'),
        sweeps: await count('smo_sweeps'),
      }).toEqual({ results: 500, history: 500, sweeps: 0 });
      const refs = (await db('smo_readiness').select('entity_ref')).map(
        r => r.entity_ref,
      );
      const names = refs.map(r =>
        Number(r.slice('component:default/c'.length)),
      );
      expect(Math.max(...names)).toBeLessThan(500);

      const restarted = serviceOver(db);
      expect(await restarted.sweep()).toMatchObject({
        evaluated: COMPONENTS,
        changed: COMPONENTS - 500,
      });
      expect(await restarted.sweep()).toMatchObject({ changed: 0 });
      expect({
        results: await count('smo_readiness'),
        history: await count('smo_readiness_history'),
        sweeps: await count('smo_sweeps'),
        duplicates: await duplicates(),
      }).toEqual({
        results: COMPONENTS,
        history: COMPONENTS,
        sweeps: 2,
        duplicates: [],
      });
    });
  },
);
