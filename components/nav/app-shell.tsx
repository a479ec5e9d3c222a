import { Menu, X } from "lucide";
import { MobileNav } from "@/components/nav/mobile-nav";
import { NavFooter } from "@/components/nav/nav-footer";
import { NavMenu } from "@/components/nav/nav-menu";
import { Sidebar } from "@/components/nav/sidebar";
import { SkipLink } from "@/components/nav/skip-link";
import type { ShellUser } from "@/components/nav/user-card";
import { Wordmark } from "@/components/nav/wordmark";
import { Icon } from "@/components/ui/icon";

/** The frame around every signed-in page: server components, with client islands only where state lives. */
export function AppShell({ user, children }: { user: ShellUser; children: React.ReactNode }) {
  return (
    <>
      <SkipLink />
      <Sidebar user={user} />
      <MobileNav brand={<Wordmark />} icons={{ menu: <Icon of={Menu} className="size-5" />, close: <Icon of={X} className="size-5" /> }}>
        <nav aria-label="Main" className="mb-4">
          <NavMenu />
        </nav>
        <NavFooter user={user} />
      </MobileNav>
      <div className="lg:pl-64">
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl px-4 py-6 outline-none sm:px-6 lg:px-10 lg:py-10">
          {children}
        </main>
      </div>
    </>
  );
}
