import { publicRoute } from "@/lib/api/route";
import { getCategoryTaxonomy } from "@/lib/bud/category-taxonomy";

/**
 * Bud's category taxonomy, for the category pickers. It is the same for every customer (a client-level call, no
 * customer headers) and public in Bud's own documentation, so it needs no session; it is cached an hour.
 */
export const GET = publicRoute(() => getCategoryTaxonomy());
