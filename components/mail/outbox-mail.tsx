import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";

const URL_PATTERN = /(https?:\/\/[^\s]+)/g;

/** A mail's text with its links made clickable, so a reset link can be followed straight from the outbox. */
function TextWithLinks({ text }: { text: string }) {
  return (
    <>
      {text.split(URL_PATTERN).map((part, index) =>
        // split() with a capturing group puts the matches at the odd indexes.
        index % 2 === 1 ? (
          <a key={index} href={part} className="break-all font-semibold text-accent underline underline-offset-4">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}

export interface OutboxMailProps {
  to: string;
  subject: string;
  text: string;
  createdAt: Date;
}

export function OutboxMail({ to, subject, text, createdAt }: OutboxMailProps) {
  return (
    <Card as="article" className="flex flex-col gap-3 p-5">
      <header>
        <h2 className="text-base font-semibold text-text">{subject}</h2>
        <p className="text-sm text-text-muted">
          To {to} · {formatDateTime(createdAt.toISOString())}
        </p>
      </header>
      <p className="text-sm whitespace-pre-wrap text-text">
        <TextWithLinks text={text} />
      </p>
    </Card>
  );
}
