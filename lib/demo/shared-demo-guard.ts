import { DEMO_USERS } from "@/lib/demo/demo-users";
import { SharedDemoUserError } from "@/lib/errors";

const DEMO_USER_IDS = new Set(DEMO_USERS.map((user) => user.id));

/** Whether this user is one of the seeded demo users that every visitor shares. */
export function isSharedDemoUser(userId: string): boolean {
  return DEMO_USER_IDS.has(userId);
}

/**
 * Refuses a destructive action (delete the account, delete a bank's data, revoke access) for a shared demo user:
 * one visitor must not wreck the demo for the next. Route handlers call it before any upstream call.
 */
export function assertNotSharedDemoUser(userId: string, action: string): void {
  if (isSharedDemoUser(userId)) throw new SharedDemoUserError(action);
}
