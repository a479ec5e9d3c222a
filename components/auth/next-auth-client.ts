import type { signIn as nextAuthSignIn, signOut as nextAuthSignOut } from "next-auth/react";

/*
 * next-auth's browser client, loaded when someone signs in or out rather than with every page: with the Babel
 * helpers it brings it is ≈10 kB gzip, a third of what a signed-in page may add to the floor (README → Performance
 * → Pages). Call `preloadNextAuth` on hover or focus of the control that will need it, so the click stays instant.
 */
const load = () => import("next-auth/react");

export const preloadNextAuth = () => void load();

export const signIn = (async (...args: Parameters<typeof nextAuthSignIn>) => (await load()).signIn(...args)) as typeof nextAuthSignIn;

export const signOut = (async (...args: Parameters<typeof nextAuthSignOut>) => (await load()).signOut(...args)) as typeof nextAuthSignOut;
