import { GraphQLError } from 'graphql';
import type { Role, Staff, Viewer } from './auth';
import type { REGIONS } from './domain';

type Region = (typeof REGIONS)[number];

/** Everything staff can do, one name each. */
export const ACTIONS = [
  // A clinic's calendar: publish, edit and close its slots.
  'calendar:manage',
  // A clinic's bookings: list them, confirm, decline, cancel and reschedule them for the patient.
  'appointment:manage',
  // The contact details of the patients who booked with a clinic.
  'patient:read',
  // A clinic's settings, and the ones only its staff see (video-call link, notification address, staff language).
  'provider:settings',
  // A region's packages: create, edit, publish and unpublish them.
  'package:edit',
  // A region's packages before they are published or after they are closed.
  'package:read-draft',
  // The inquiries about a region's packages, with the patients' contacts and messages.
  'inquiry:manage',
  // An organisation's campaigns: plan, edit, schedule, pause, resume and end them, their creatives, their drafts.
  'campaign:run',
  // An organisation's campaign results: traffic, inquiries and bookings credited to its campaigns.
  'campaign:results',
  // An organisation's promotion events (FAM tours, PR briefings, exhibitions …) and the leads they bring.
  'promotion:manage',
  // The record of staff changes to what a provider, region or organisation owns.
  'audit:read',
] as const;
export type Action = (typeof ACTIONS)[number];

/** What a permission is asked about: the provider (slug), region or organisation the thing belongs to. */
export interface Scope {
  provider?: string;
  region?: Region;
  organisation?: string;
}

const EVERY_ACTION = Object.fromEntries(ACTIONS.map((action) => [action, 'any'])) as Record<Action, 'any'>;

/**
 * The one table: role × action → which scope it reaches ('own' = the staff's own provider/region/organisation,
 * 'any' = every one, absent = refused). Each role's staff manage one kind of owner: a clinic's, a city's or
 * province's, a marketing organisation's; the platform admin manages every one of them.
 */
export const POLICY: Record<Role, Partial<Record<Action, 'own' | 'any'>>> = {
  'provider-admin': {
    'calendar:manage': 'own',
    'appointment:manage': 'own',
    'patient:read': 'own',
    'provider:settings': 'own',
    'audit:read': 'own',
  },
  'tourism-admin': {
    'package:edit': 'own',
    'package:read-draft': 'own',
    'inquiry:manage': 'own',
    'audit:read': 'own',
  },
  marketing: {
    'campaign:run': 'own',
    'campaign:results': 'own',
    'promotion:manage': 'own',
    'audit:read': 'own',
  },
  'platform-admin': EVERY_ACTION,
};

/**
 * The staff member's own provider, region or organisation, as a scope: what 'own' in POLICY means for them. Empty for
 * platform admins (who own nothing and reach everything) and anonymous visitors. Asking about it answers whether the
 * staff may do an action at all before the thing is known (a package to create, a booking to find).
 */
export function ownScope(viewer: Viewer): Scope {
  if (viewer.kind !== 'staff') return {};
  switch (viewer.role) {
    case 'provider-admin':
      return { provider: viewer.provider };
    case 'tourism-admin':
      return { region: viewer.region };
    case 'marketing':
      return { organisation: viewer.organisation };
    case 'platform-admin':
      return {};
  }
}

/**
 * Whether the viewer may do `action` on a thing of this scope. 'own' needs the scope to name the staff's own provider,
 * region or organisation: a scope naming nothing (or something of another kind) belongs to no staff member, so only
 * 'any' reaches it. Anonymous visitors may do nothing.
 */
export function allowed(viewer: Viewer, action: Action, scope: Scope): boolean {
  if (viewer.kind !== 'staff') return false;
  const reach = POLICY[viewer.role][action];
  if (reach === 'any') return true;
  if (reach !== 'own') return false;
  const own = ownScope(viewer);
  return (
    (own.provider !== undefined && own.provider === scope.provider) ||
    (own.region !== undefined && own.region === scope.region) ||
    (own.organisation !== undefined && own.organisation === scope.organisation)
  );
}

/** Which owners' things a permission reaches, for statements that select many rows rather than check one. */
export type Reach<Owner> = { all: true } | { only: Owner } | { none: true };

/**
 * The owners of one kind (providers, regions or organisations) whose things the viewer may do `action` on: every one,
 * only the staff's own, or none; the same answers as `allowed` gives row by row.
 */
export function reachOf<K extends keyof Scope>(viewer: Viewer, action: Action, owner: K): Reach<NonNullable<Scope[K]>> {
  if (viewer.kind !== 'staff') return { none: true };
  const reach = POLICY[viewer.role][action];
  if (reach === 'any') return { all: true };
  const own = ownScope(viewer)[owner];
  return reach === 'own' && own !== undefined ? { only: own as NonNullable<Scope[K]> } : { none: true };
}

/** Throws the GraphQL errors the API answers today (UNAUTHENTICATED for anonymous, FORBIDDEN naming `what`). */
export function requirePermission(viewer: Viewer, action: Action, scope: Scope, what: string): Staff {
  if (viewer.kind !== 'staff') {
    throw new GraphQLError(`Sign in as staff to see ${what}`, { extensions: { code: 'UNAUTHENTICATED' } });
  }
  if (!allowed(viewer, action, scope)) {
    throw new GraphQLError(`Your role does not give access to ${what}`, { extensions: { code: 'FORBIDDEN' } });
  }
  return viewer;
}
