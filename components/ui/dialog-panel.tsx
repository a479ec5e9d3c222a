"use client";

import { X } from "lucide";
import { Dialog } from "radix-ui";
import { useRef } from "react";
import { Icon } from "@/components/ui/icon";

export interface DialogPanelProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  children: React.ReactNode;
}

/**
 * A modal dialog (radix: focus trapped, Escape closes, title and description announced), full width on a phone and
 * a centred card from the small breakpoint up; the body scrolls when it is taller than the screen. On closing,
 * focus goes back to whatever opened it: Radix returns it only to a Dialog.Trigger, and these dialogs are opened
 * from buttons elsewhere (cards, boards), so without this a keyboard user was left at the top of the page.
 */
export function DialogPanel({ open, onOpenChange, title, description, children }: DialogPanelProps) {
  const opener = useRef<Element | null>(null);
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/50" />
        <Dialog.Content
          className="fixed inset-x-0 bottom-0 z-50 flex max-h-[92dvh] flex-col rounded-t-2xl border border-border bg-surface shadow-lg sm:inset-x-auto sm:top-1/2 sm:bottom-auto sm:left-1/2 sm:w-full sm:max-w-lg sm:-translate-x-1/2 sm:-translate-y-1/2 sm:rounded-2xl"
          {...(description ? {} : { "aria-describedby": undefined })}
          // Called before focus moves in, so the focused element is still the one that opened the dialog.
          onOpenAutoFocus={() => (opener.current = document.activeElement)}
          onCloseAutoFocus={(event) => {
            const target = opener.current;
            if (!(target instanceof HTMLElement) || !target.isConnected || target === document.body) return;
            event.preventDefault();
            target.focus();
          }}
        >
          <div className="flex items-start justify-between gap-4 border-b border-border px-5 py-4">
            <div className="min-w-0">
              <Dialog.Title className="text-lg font-semibold text-text">{title}</Dialog.Title>
              {description && <Dialog.Description className="mt-0.5 text-sm text-text-muted">{description}</Dialog.Description>}
            </div>
            <Dialog.Close className="-m-1 grid size-9 place-items-center rounded-lg text-text-muted hover:bg-surface-muted hover:text-text" aria-label="Close">
              <Icon of={X} className="size-5" />
            </Dialog.Close>
          </div>
          <div className="overflow-y-auto px-5 py-4">{children}</div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
