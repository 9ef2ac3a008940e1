import { eq } from 'drizzle-orm';
import { ownedVisibility, visibleOnly, visibleOrNull } from '../../core/visibility';
import type { ItinerariesContext } from './context';
import { packages, type PackageRow } from './schema';

/**
 * Packages: PUBLISHED ones are public; drafts and closed packages only for the staff who may read their region's
 * drafts (its tourism staff, platform admins: core/policy.ts). This is the only place the rule is written: every root
 * field, list, count, entity reference (Campaign.packages, PromotionEvent.packages and .itinerary, peers' checks) and
 * nested field goes through it.
 */
export const packageVisibility = ownedVisibility<PackageRow, 'region'>({
  isPublic: (row) => row.status === 'PUBLISHED',
  publicWhere: () => eq(packages.status, 'PUBLISHED'),
  action: 'package:read-draft',
  owner: 'region',
  ownerOf: (row) => row.region,
  ownerWhere: (region) => eq(packages.region, region),
});

/** The package with this id if the caller may see it; null when it is missing or hidden from them. */
export async function visiblePackage(context: ItinerariesContext, id: string): Promise<PackageRow | null> {
  return visibleOrNull(packageVisibility, context.viewer, await context.loaders.packageById.load(id));
}

/** The packages with these ids the caller may see, in the order given (one statement per request). */
export async function visiblePackages(context: ItinerariesContext, ids: readonly string[]): Promise<PackageRow[]> {
  const rows = await Promise.all(ids.map((id) => context.loaders.packageById.load(id)));
  return visibleOnly(packageVisibility, context.viewer, rows);
}
