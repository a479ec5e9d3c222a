"use client";

import { useRef, useState } from "react";
import type { ConfirmPanelProps } from "@/components/connections/confirm-panel";
import { Button } from "@/components/ui/button";
import { preloadable } from "@/components/ui/preloadable";

/** The dialog (Radix) loads on the first hover or focus of a trigger, not with the page; it stays mounted after. */
const ConfirmPanel = preloadable(() => import("@/components/connections/confirm-panel").then((module) => module.ConfirmPanel));

export interface ConfirmDialogProps extends ConfirmPanelProps {
  /** The button that opens the dialog (its label says what the action does). */
  triggerLabel: string;
  disabled?: boolean;
}

/** A destructive action behind a confirmation: the button, and the dialog it opens (confirm-panel.tsx). */
export function ConfirmDialog({ triggerLabel, disabled, ...panel }: ConfirmDialogProps) {
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  const trigger = useRef<HTMLButtonElement | null>(null);
  return (
    <>
      <Button
        variant="ghost-danger"
        size="sm"
        disabled={disabled}
        // What Radix's Dialog.Trigger would say: this button opens a dialog, and whether it is open.
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={ConfirmPanel.preload}
        onFocus={ConfirmPanel.preload}
        onClick={(event) => {
          trigger.current = event.currentTarget;
          setWanted(true);
          setOpen(true);
        }}
      >
        {triggerLabel}
      </Button>
      {wanted && <ConfirmPanel.Component {...panel} open={open} setOpen={setOpen} trigger={trigger} />}
    </>
  );
}
