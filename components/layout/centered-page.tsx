import { Wordmark } from "@/components/nav/wordmark";
import { Card } from "@/components/ui/card";

/** A single card in the middle of the screen under the wordmark: sign-in, sign-up, not found. */
export function CenteredPage({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col items-center px-4 py-10 sm:justify-center sm:py-16">
      <header className="mb-8">
        <Wordmark />
      </header>
      <main id="main" className="w-full max-w-md">
        <Card className="p-6 sm:p-8">{children}</Card>
      </main>
    </div>
  );
}
