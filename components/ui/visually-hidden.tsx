/** Text for screen readers only, e.g. to label an icon or explain a sign. */
export function VisuallyHidden({ children }: { children: React.ReactNode }) {
  return <span className="sr-only">{children}</span>;
}
