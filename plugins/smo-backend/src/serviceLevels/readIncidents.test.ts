import { mockServices } from '@backstage/backend-test-utils';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileIncidentSource } from './FileIncidentSource';
import { readIncidents } from './readIncidents';

const october = {
  from: new Date('2026-10-01T00:00:00Z'),
  to: new Date('2026-11-01T00:00:00Z'),
};

const record = (id: string, openedAt: string, extra: object = {}) => ({
  id,
  entityRef: 'component:default/checkout',
  priority: 'P2',
  openedAt,
  ...extra,
});

function file(name: string, text: string) {
  const path = join(mkdtempSync(join(tmpdir(), 'smo-incidents-')), name);
  writeFileSync(path, text);
  return new FileIncidentSource(path);
}

describe('readIncidents', () => {
  it('reads NDJSON: bad lines and bad records skipped, counted and logged with their reasons, the rest kept', async () => {
    const logger = mockServices.logger.mock();
    const source = file(
      'incidents.ndjson',
      [
        JSON.stringify(record('INC1', '2026-10-03T10:00:00Z')),
        '',
        '{"id": "INC2", not json',
        JSON.stringify(
          record('INC3', '2026-10-04T10:00:00Z', { priority: 'P9' }),
        ),
        JSON.stringify(record('INC4', '2026-10-05T10:00:00+02:00')),
      ].join('\n'),
    );
    const read = await readIncidents([source], october, logger);
    expect(read.records.map(r => [r.id, r.openedAt])).toEqual([
      ['INC1', '2026-10-03T10:00:00.000Z'],
      ['INC4', '2026-10-05T08:00:00.000Z'],
    ]);
    expect(read.skipped).toBe(2);
    expect(read.reasons).toEqual([
      `${source.id}: line 3 is not JSON: {"id": "INC2", not json`,
      `${source.id}: INC3: priority "P9" is not one of P1-P4`,
    ]);
    expect(logger.warn).toHaveBeenCalledWith(
      `SMO incidents: skipped 2 bad records from ${source.id}`,
      expect.anything(),
    );
  });

  it('reads a JSON array, keeps what overlaps the window, the later record of an id wins', async () => {
    const source = file(
      'incidents.json',
      JSON.stringify([
        record('SEPT', '2026-09-10T10:00:00Z', {
          resolvedAt: '2026-09-10T12:00:00Z',
        }),
        record('ACROSS', '2026-09-30T23:00:00Z', {
          resolvedAt: '2026-10-01T01:00:00Z',
          outage: true,
        }),
        record('OCT', '2026-10-10T10:00:00Z'),
        record('OCT', '2026-10-10T10:00:00Z', {
          resolvedAt: '2026-10-10T11:00:00Z',
        }),
        record('NOV', '2026-11-02T10:00:00Z'),
      ]),
    );
    const read = await readIncidents(
      [source],
      october,
      mockServices.logger.mock(),
    );
    expect(read.records.map(r => r.id)).toEqual(['ACROSS', 'OCT']);
    expect(read.records[1].resolvedAt).toBe('2026-10-10T11:00:00.000Z');
    expect(read.skipped).toBe(0);
  });

  it('fails when a source cannot be read at all: no figure from part of the data', async () => {
    const missing = new FileIncidentSource('/nonexistent/incidents.ndjson');
    await expect(
      readIncidents([missing], october, mockServices.logger.mock()),
    ).rejects.toThrow('ENOENT');
    await expect(
      readIncidents(
        [file('x.json', '[{"id": ')],
        october,
        mockServices.logger.mock(),
      ),
    ).rejects.toThrow();
  });
});
