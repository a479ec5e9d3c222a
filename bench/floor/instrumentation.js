// Turbopack, rooted at the repository so it can use Budgie's node_modules, would otherwise take Budgie's own
// instrumentation.ts (configuration checks, database start-up) as the floor's: this empty hook takes its place.
export function register() {}
