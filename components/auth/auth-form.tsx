import { Alert } from "@/components/ui/alert";

export interface AuthFormProps {
  /** Called with the form element (for focusing fields); the browser's own submission never happens. */
  onSubmit: (form: HTMLFormElement) => void;
  /** The form-level problem, shown above the fields. */
  error: React.ReactNode;
  children: React.ReactNode;
  /** What follows the form: other ways in, the link to the other form. */
  after: React.ReactNode;
  /** Called on the first hover or focus anywhere in it: fetch what submitting will need, so the click stays instant. */
  preload?: () => void;
}

/**
 * The frame of the sign-in and sign-up forms. Submission goes through onSubmit, not a form action: React resets
 * a form after its action runs, and a failed attempt must keep what the user typed.
 */
export function AuthForm({ onSubmit, error, children, after, preload }: AuthFormProps) {
  return (
    <div className="flex flex-col gap-6" onPointerEnter={preload} onFocus={preload}>
      <form
        noValidate
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit(event.currentTarget);
        }}
      >
        {error && <Alert>{error}</Alert>}
        {children}
      </form>
      {after}
    </div>
  );
}
