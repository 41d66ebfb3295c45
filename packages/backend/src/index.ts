import { createBackend } from '@backstage/backend-defaults';
import { demoRootConfigServiceFactory } from './demoCampaignDates';

const backend = createBackend();
// Demo only: the example campaigns' dates move with the calendar (see the module).
backend.add(demoRootConfigServiceFactory);

backend.add(import('@backstage/plugin-app-backend'));

// Guest sign-in is for the demo only; see docs/development.md.
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
// The demo's sign-in page: sign in as one of the example people (smoDemo.personas).
backend.add(import('./modules/demoSignIn'));

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));

backend.add(import('@backstage/plugin-permission-backend'));
// Demo policy: owners attest and submit, the SMO group decides (see the module).
backend.add(import('./modules/smoPermissionPolicy'));

// Search uses the in-memory Lunr engine by default; enough for the demo.
backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-catalog'));

backend.add(import('@backstage/plugin-user-settings-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));
backend.add(import('@backstage/plugin-mcp-actions-backend'));

backend.add(import('@smo-backstage/plugin-smo-backend'));
// Incidents from PagerDuty; adds nothing without smo.serviceLevels.pagerduty.
backend.add(import('@smo-backstage/plugin-smo-backend-module-pagerduty'));
// Demo only: a year of Northwind's incidents up to the last closed month, for the service levels (see the module).
backend.add(import('./modules/demoIncidents'));
// Example of a module adding checks through smoChecksExtensionPoint.
backend.add(import('./modules/openIncidentChecks'));
// Demo only: a synthetic past for the trend, asOf and the executive view's movement (see the module).
backend.add(import('./modules/demoHistory'));
backend.add(import('@smo-backstage/plugin-catalog-backend-module-smo'));
backend.start();
