import {
  MarketingPublishedPackagesDocument,
  type Locale,
  type MarketingPublishedPackagesQuery,
} from '../generated/graphql';
import { request } from '../shared/api';

export interface PackageOption {
  id: string;
  slug: string;
  title: string;
}

/** Catalogues are small (tens of packages per region); more than this many pages would be a runaway loop. */
const MAX_PAGES = 20;

/** Every published package, the ones a campaign or event may promote, titled in the staff's language. */
export async function publishedPackages(locale: Locale): Promise<PackageOption[]> {
  const options: PackageOption[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const data: MarketingPublishedPackagesQuery = await request(MarketingPublishedPackagesDocument, { locale, after });
    for (const { node } of data.packages.edges) {
      if (node.status === 'PUBLISHED') options.push({ id: node.id, slug: node.slug, title: node.title });
    }
    if (!data.packages.pageInfo.hasNextPage || !data.packages.pageInfo.endCursor) break;
    after = data.packages.pageInfo.endCursor;
  }
  return options;
}
