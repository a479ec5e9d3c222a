/** Label and value pairs on a muted panel: stacked on phones, two columns from `sm`. */
export function FactList({ facts }: { facts: readonly (readonly [string, string])[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-1 rounded-xl bg-surface-muted p-4 text-left text-sm sm:grid-cols-[max-content_1fr] sm:gap-y-3">
      {facts.map(([term, detail]) => (
        <div key={term} className="contents">
          <dt className="text-text-muted">{term}</dt>
          <dd className="mb-3 font-medium break-words text-text last:mb-0 sm:mb-0">{detail}</dd>
        </div>
      ))}
    </dl>
  );
}
