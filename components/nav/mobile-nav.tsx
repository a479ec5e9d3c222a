"use client";

import { useRef, useState } from "react";
import { VisuallyHidden } from "@/components/ui/visually-hidden";

interface MobileNavProps {
  brand: React.ReactNode;
  /** The Menu button's icons, closed and open, drawn by the server (app-shell.tsx). */
  icons: { menu: React.ReactNode; close: React.ReactNode };
  children: React.ReactNode;
}

/**
 * Phone and tablet navigation: a top bar whose Menu button discloses the same links as the sidebar. Only the
 * disclosure is client code: the brand and the menu's content (links, appearance, the user) come from the server.
 */
export function MobileNav({ brand, icons, children }: MobileNavProps) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);

  const close = () => setOpen(false);

  return (
    <header
      className="sticky top-0 z-30 border-b border-border bg-surface/95 backdrop-blur lg:hidden"
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          close();
          toggle.current?.focus();
        }
      }}
    >
      <div className="flex h-14 items-center justify-between px-4">
        {brand}
        <button
          ref={toggle}
          type="button"
          aria-expanded={open}
          aria-controls="mobile-menu"
          onClick={() => setOpen(!open)}
          className="-mr-2 grid size-11 place-items-center rounded-lg text-text hover:bg-surface-muted"
        >
          {open ? icons.close : icons.menu}
          <VisuallyHidden>Menu</VisuallyHidden>
        </button>
      </div>
      <div
        id="mobile-menu"
        hidden={!open}
        // Choosing a section closes the menu, as leaving the page would.
        onClick={(event) => {
          if (event.target instanceof Element && event.target.closest("a[href]")) close();
        }}
        className="max-h-[calc(100dvh-3.5rem)] overflow-y-auto border-t border-border px-4 pt-3 pb-5 shadow-lg"
      >
        {children}
      </div>
    </header>
  );
}
