import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { smoChecksExtensionPoint } from '@smo-backstage/plugin-smo-node';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';

interface Incident {
  id: string;
  priority: string;
  component: string;
  summary: string;
}

/**
 * Example of extending SMO readiness from another backend module: a fact provider reads open
 * incidents from an ITSM export (here a JSON file, `northwind.itsmIncidentExport`), and a check
 * blocks the handover of tier-1/2 components while a P1 or P2 incident is open on them.
 */
export default createBackendModule({
  pluginId: 'smo',
  moduleId: 'northwind-open-incidents',
  register(reg) {
    reg.registerInit({
      deps: {
        smoChecks: smoChecksExtensionPoint,
        config: coreServices.rootConfig,
      },
      async init({ smoChecks, config }) {
        const file = resolve(config.getString('northwind.itsmIncidentExport'));

        smoChecks.addFactProvider({
          id: 'northwind.open-incidents',
          async retrieve(entities) {
            const { incidents } = JSON.parse(await readFile(file, 'utf8')) as {
              incidents: Incident[];
            };
            const wanted = new Set(entities.map(e => stringifyEntityRef(e)));
            const byRef = new Map<string, Incident[]>();
            for (const incident of incidents) {
              const ref = incident.component.toLocaleLowerCase('en-US');
              if (wanted.has(ref)) {
                byRef.set(ref, [...(byRef.get(ref) ?? []), incident]);
              }
            }
            return byRef;
          },
          // The export changes only when the file does: unchanged, a sweep need not evaluate again.
          async version() {
            const { mtimeMs, size } = await stat(file);
            return `${mtimeMs} ${size}`;
          },
        });

        smoChecks.addCheck({
          id: 'northwind.no-major-incident',
          title: 'No open major incident',
          category: 'operations',
          howToFix:
            'Resolve or downgrade the open P1/P2 incidents in the ITSM tool before the handover.',
          severity: {
            'tier-1': 'blocking',
            'tier-2': 'blocking',
            'tier-3': 'advisory',
            'tier-4': 'advisory',
          },
          weight: 2,
          evaluate({ facts }) {
            const incidents = facts['northwind.open-incidents'] as
              | Incident[]
              | undefined;
            const major = (incidents ?? []).filter(i =>
              ['P1', 'P2'].includes(i.priority),
            );
            return major.length === 0
              ? { status: 'pass', message: 'no open P1/P2 incident' }
              : {
                  status: 'fail',
                  message: major
                    .map(i => `${i.id} (${i.priority}) ${i.summary}`)
                    .join('; '),
                };
          },
        });
      },
    });
  },
});
