import { InputError } from '@backstage/errors';
import { z } from 'zod';

/** Parses input with a zod schema; a failure is a 400 naming the offending field. */
export function parseInput<T>(
  schema: z.ZodType<T>,
  input: unknown,
  where: string,
): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.length ? issue.path.join('.') : where;
    throw new InputError(`Invalid ${where}: ${field}: ${issue.message}`);
  }
  return parsed.data;
}

const namePart = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[A-Za-z0-9._-]+$/, 'must be a valid entity name part');

export const entityRefParams = z.object({
  kind: namePart,
  namespace: namePart,
  name: namePart,
});
