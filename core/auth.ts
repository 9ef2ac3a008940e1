import { z } from 'zod';
import { REGIONS } from './domain';

export const ROLES = ['provider-admin', 'tourism-admin', 'marketing', 'platform-admin'] as const;
export type Role = (typeof ROLES)[number];

/** A signed-in staff member and what they may manage. */
export const staffSchema = z.discriminatedUnion('role', [
  z.object({
    kind: z.literal('staff'),
    id: z.string().min(1),
    role: z.literal('provider-admin'),
    provider: z.string().min(1),
  }),
  z.object({
    kind: z.literal('staff'),
    id: z.string().min(1),
    role: z.literal('tourism-admin'),
    region: z.enum(REGIONS),
  }),
  z.object({
    kind: z.literal('staff'),
    id: z.string().min(1),
    role: z.literal('marketing'),
    organisation: z.string().min(1),
  }),
  z.object({ kind: z.literal('staff'), id: z.string().min(1), role: z.literal('platform-admin') }),
]);
export type Staff = z.infer<typeof staffSchema>;

export const viewerSchema = z.union([z.object({ kind: z.literal('anonymous') }), staffSchema]);
export type Viewer = z.infer<typeof viewerSchema>;

export const ANONYMOUS: Viewer = { kind: 'anonymous' };
