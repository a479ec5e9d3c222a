/**
 * TanStack's Next.js pattern: a fresh QueryClient per server request (no data shared between users), one
 * long-lived client in the browser.
 *
 * Pages start their prefetches without awaiting them (lib/prefetch.ts), so pending queries are dehydrated too:
 * the promise streams to the browser and the widget suspending on it shows its data when it lands.
 */
import { defaultShouldDehydrateQuery, isServer, QueryClient } from "@tanstack/react-query";

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Data prefetched on the server is fresh enough not to be refetched straight after hydration.
        staleTime: 30_000,
        // The Bud client already retries upstream failures on the server. In the browser, one more try also
        // covers a prefetch that failed on the server: that retry goes through our API, whose answer carries a
        // customer-facing message.
        retry: isServer ? 0 : 1,
      },
      dehydrate: {
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === "pending",
        // A prefetch that fails after the page was sent would otherwise carry its error, whose message can hold
        // upstream details, to the browser: send a bare "redacted" error instead. (Pages do not read cookies or
        // headers inside loaders, so no Next.js dynamic-rendering signal travels this way.)
        shouldRedactErrors: () => true,
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
