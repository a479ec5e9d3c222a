import { userRoute } from "@/lib/api/route";
import { getCategoryTaxonomy } from "@/lib/bud/category-taxonomy";

/** Bud's category taxonomy, for the category pickers (signed-in only, like every data route). */
export const GET = userRoute(() => getCategoryTaxonomy());
