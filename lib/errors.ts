/** Domain errors that route handlers and pages map to 404s; BudError covers upstream failures. */
export class NotFoundError extends Error {
  override readonly name = "NotFoundError";
  constructor(what: string) {
    super(`${what} not found`);
  }
}
