import { CircleX } from "lucide";
import Link from "next/link";
import { ConnectBankForm } from "@/components/connections/connect-bank-form";
import { bankName, failureWords } from "@/components/connections/journey-words";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Icon } from "@/components/ui/icon";
import type { JourneyFailure, JourneyView } from "@/lib/schemas/connect";

/** Why a journey failed, in words for that reason, and a way to try again with the same bank. */
export function JourneyFailurePanel({ view, failure }: { view: JourneyView; failure: JourneyFailure }) {
  const words = failureWords(failure, bankName(view));
  return (
    <Card className="flex flex-col items-center px-6 py-10 text-center">
      <span className="mb-4 grid size-12 place-items-center rounded-full bg-negative-soft text-negative">
        <Icon of={CircleX} className="size-6" aria-hidden />
      </span>
      <h1 className="text-xl font-semibold text-text">{words.title}</h1>
      <p className="mt-2 max-w-md text-sm text-text-muted">{words.body}</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <ConnectBankForm provider={view.provider?.id} purpose={view.purpose} label="Try again" icon={false} />
        <Link href="/" className={buttonClasses({ variant: "secondary" })}>
          Back to overview
        </Link>
      </div>
    </Card>
  );
}
