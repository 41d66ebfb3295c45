import { AuditorService } from '@backstage/backend-plugin-api';
import { JsonObject } from '@backstage/types';
import { Request } from 'express';

/**
 * Runs a mutation as an auditor event: refused and failed attempts are recorded as failures,
 * successful ones with what the mutation reports (typically the state before and after).
 */
export async function audited<T>(
  auditor: AuditorService,
  req: Request | undefined,
  eventId: string,
  meta: JsonObject,
  work: () => Promise<{ result: T; meta?: JsonObject }>,
): Promise<T> {
  const event = await auditor.createEvent({
    eventId,
    severityLevel: 'medium',
    request: req,
    meta,
  });
  try {
    const { result, meta: outcome } = await work();
    await event.success({ meta: outcome });
    return result;
  } catch (error) {
    await event.fail({ error: error as Error });
    throw error;
  }
}

/** JSON-safe copy for audit metadata. */
export function asJson(value: unknown): JsonObject {
  return JSON.parse(JSON.stringify(value ?? null)) ?? {};
}
