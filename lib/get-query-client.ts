/**
 * TanStack's Next.js pattern: a fresh QueryClient per server request (no data shared between users), one
 * long-lived client in the browser. Pending queries are dehydrated too, so the server can start a fetch and
 * stream it to the client instead of waiting.
 */
import { defaultShouldDehydrateQuery, isServer, QueryClient } from "@tanstack/react-query";

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Data prefetched on the server is fresh enough not to be refetched straight after hydration.
        staleTime: 30_000,
        // Our API already retries upstream failures; one more try from the browser covers a blip.
        retry: 1,
      },
      dehydrate: {
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
