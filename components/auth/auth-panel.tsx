/**
 * The inside of the sign-in and sign-up cards: the h1, a line of welcome, then the form. One wrapping element on
 * purpose: a page that returns a bare fragment of server and client components gets useId mismatches in dev.
 */
export function AuthPanel({ title, description, children }: { title: string; description: string; children: React.ReactNode }) {
  return (
    <div>
      <div className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight text-text">{title}</h1>
        <p className="mt-1 text-text-muted">{description}</p>
      </div>
      {children}
    </div>
  );
}
