import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);
const entityRef = text(512);
const httpUrl = z
  .string()
  .max(2000)
  .refine(v => /^https?:\/\/\S+$/.test(v), 'must be an http(s) URL');

export const attestationBody = z
  .object({
    entityRef,
    type: text(128),
    evidenceUrl: httpUrl.optional(),
    note: text(4000).optional(),
  })
  .strict();

export const waiverRequestBody = z
  .object({
    entityRef,
    checkId: text(128),
    justification: text(4000),
    expiresAt: z.string().datetime({ offset: true }),
  })
  .strict();

export const waiverDecisionBody = z
  .object({
    decision: z.enum(['approve', 'reject']),
    comment: text(4000).optional(),
  })
  .strict();

export const waiverRevokeBody = z.object({ comment: text(4000) }).strict();

export const handoverCreateBody = z.object({ entityRef }).strict();

export const handoverTransitionBody = z
  .object({
    action: z.enum([
      'submit',
      'start-review',
      'accept',
      'reject',
      'reopen',
      'withdraw',
      'start-early-life-support',
      'complete-early-life-support',
    ]),
    version: z.number().int().min(1),
    comment: text(4000).optional(),
  })
  .strict();

export const signOffBody = z
  .object({
    role: z.enum([
      'service-owner',
      'smo-approver',
      'incident-process-owner',
      'change-process-owner',
    ]),
    decision: z.enum(['approve', 'reject']),
    comment: text(4000).optional(),
  })
  .strict();

export const idParams = z.object({ id: z.string().uuid() }).strict();

/** Every list is bounded: at most 500 items a request, 100 unless asked, paged with offset. */
const page = {
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
};

export const attestationQuery = z
  .object({ entityRef: entityRef.optional(), ...page })
  .strict();

export const waiverQuery = z
  .object({
    entityRef: entityRef.optional(),
    status: z.enum(['requested', 'approved', 'rejected', 'revoked']).optional(),
    ...page,
  })
  .strict();
export const handoverQuery = z
  .object({
    entityRef: entityRef.optional(),
    state: z
      .enum([
        'draft',
        'submitted',
        'in-review',
        'accepted',
        'rejected',
        'withdrawn',
        'early-life-support',
        'operational',
      ])
      .optional(),
    ...page,
  })
  .strict();
export const decisionQuery = z
  .object({
    entityRef: entityRef.optional(),
    ...page,
  })
  .strict();
export const expiringQuery = z
  .object({
    days: z.coerce.number().int().min(1).max(365).default(30),
    // Of each list (waivers, attestations), soonest expiry first.
    limit: page.limit,
  })
  .strict();
