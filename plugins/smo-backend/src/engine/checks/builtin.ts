import { continuityChecks } from './continuity';
import { knowledgeChecks } from './knowledge';
import { operationsChecks } from './operations';
import { processOwnershipChecks } from './processOwnership';
import { releaseChecks } from './release';
import { securityChecks } from './security';
import { serviceCatalogueChecks } from './serviceCatalogue';
import { serviceLevelChecks } from './serviceLevel';
import { BuiltinCheck } from './types';

/** Every built-in check, in display order. Ids are stable: pipelines and waivers refer to them. */
export const BUILTIN_CHECKS: BuiltinCheck[] = [
  ...serviceCatalogueChecks,
  ...serviceLevelChecks,
  ...processOwnershipChecks,
  ...operationsChecks,
  ...knowledgeChecks,
  ...continuityChecks,
  ...securityChecks,
  ...releaseChecks,
];
