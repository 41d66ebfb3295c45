import { Entity, entityKindSchemaValidator } from '@backstage/catalog-model';
import { isServiceLevelAgreementEntity } from '@smo-backstage/plugin-smo-common';
import offeringSchema from '../schema/ServiceOffering.schema.json';
import agreementSchema from '../schema/ServiceLevelAgreement.schema.json';
import processOwnerSchema from '../schema/ProcessOwner.schema.json';
import { SMO_REF_FIELDS } from '../relations/refFields';
import { resolveRefs } from '../relations/resolveRefs';
import { agreementProblems } from './agreementRules';
import { formatSchemaError } from './formatSchemaError';
import { InvalidSmoEntityError, Problem } from './problems';

// Each validator returns false for entities of another kind or apiVersion, and throws a TypeError
// describing the first schema violation for its own kind.
const schemaValidators = [
  offeringSchema,
  agreementSchema,
  processOwnerSchema,
].map(schema => entityKindSchemaValidator<Entity>(schema));

function matchesSchema(entity: Entity): boolean {
  for (const validator of schemaValidators) {
    try {
      if (validator(entity)) return true;
    } catch (error) {
      throw new InvalidSmoEntityError(entity, [
        formatSchemaError((error as Error).message, entity),
      ]);
    }
  }
  return false;
}

/**
 * Validates an entity if it is of an SMO kind: false for other kinds, true when valid, and an
 * {@link InvalidSmoEntityError} naming the entity and every offending field otherwise.
 */
export function validateSmoEntity(entity: Entity): boolean {
  if (!matchesSchema(entity)) return false;
  const problems: Problem[] = SMO_REF_FIELDS[entity.kind].flatMap(field =>
    resolveRefs(entity, field).flatMap(r =>
      'problem' in r ? [r.problem] : [],
    ),
  );
  if (isServiceLevelAgreementEntity(entity)) {
    problems.push(...agreementProblems(entity));
  }
  if (problems.length) throw new InvalidSmoEntityError(entity, problems);
  return true;
}
