"use client";

import { useRef, useState } from "react";
import type { DeleteAccountPanelProps } from "@/components/settings/delete-account-panel";
import { Button } from "@/components/ui/button";
import { preloadable } from "@/components/ui/preloadable";

/**
 * The confirmation (Radix Dialog, ≈9 kB gzip) loads on the first hover or focus of the button, not with the page,
 * as the connections page's confirmations do; it stays mounted after.
 */
const DeleteAccountPanel = preloadable(() =>
  import("@/components/settings/delete-account-panel").then((module) => module.DeleteAccountPanel),
);

/** "Delete my account" and the confirmation it opens (delete-account-panel.tsx). */
export function DeleteAccountDialog({ email }: Pick<DeleteAccountPanelProps, "email">) {
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  const trigger = useRef<HTMLButtonElement | null>(null);
  return (
    <>
      <Button
        variant="danger"
        className="self-start"
        // What Radix's Dialog.Trigger would say: this button opens a dialog, and whether it is open.
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={DeleteAccountPanel.preload}
        onFocus={DeleteAccountPanel.preload}
        onClick={(event) => {
          trigger.current = event.currentTarget;
          setWanted(true);
          setOpen(true);
        }}
      >
        Delete my account
      </Button>
      {wanted && <DeleteAccountPanel.Component email={email} open={open} setOpen={setOpen} trigger={trigger} />}
    </>
  );
}
