import { NAV_ITEMS } from "@/components/nav/nav-items";
import { NavLinks } from "@/components/nav/nav-links";
import { Icon } from "@/components/ui/icon";

/**
 * The section links as the server renders them: the icons are drawn here, so their code stays on the server and
 * the browser gets only NavLinks, the island that marks the current page.
 */
export function NavMenu() {
  return <NavLinks links={NAV_ITEMS.map(({ href, label, icon }) => ({ href, label, icon: <Icon of={icon} className="size-[1.125rem]" /> }))} />;
}
