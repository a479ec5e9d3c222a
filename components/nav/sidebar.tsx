import { NavFooter } from "@/components/nav/nav-footer";
import { NavMenu } from "@/components/nav/nav-menu";
import type { ShellUser } from "@/components/nav/user-card";
import { Wordmark } from "@/components/nav/wordmark";

/** Desktop navigation (lg and up), fixed so it stays put while the page scrolls. */
export function Sidebar({ user }: { user: ShellUser }) {
  return (
    <aside className="fixed inset-y-0 left-0 z-20 hidden w-64 flex-col border-r border-border bg-surface px-4 py-6 lg:flex">
      <Wordmark className="mx-2 mb-8 self-start" />
      <nav aria-label="Main" className="flex-1 overflow-y-auto">
        <NavMenu />
      </nav>
      <NavFooter user={user} />
    </aside>
  );
}
