import { searchParamsObject } from "@/lib/api/params";
import { userRoute } from "@/lib/api/route";
import { SearchSuggestionsQuery } from "@/lib/schemas/transactions";
import { suggestSearches } from "@/lib/transactions";

/** Bud's suggested searches for the text in the /transactions search box. */
export const GET = userRoute(({ user, request }) =>
  suggestSearches(user.id, SearchSuggestionsQuery.parse(searchParamsObject(request)).q),
);
