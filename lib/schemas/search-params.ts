/**
 * A parsed request schema's output as a query string, so URLs are built from the same object the route will
 * parse back, never by hand. Absent values are left out; keys are sorted so equal inputs give equal URLs.
 */
export function toSearchParams(query: Record<string, string | number | boolean | undefined | null>): string {
  const entries = Object.entries(query)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined && entry[1] !== null)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => [key, String(value)]);
  return new URLSearchParams(entries).toString();
}
