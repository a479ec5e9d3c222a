import "server-only";
import { createHash } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

/**
 * PGlite is one process's database: two processes on one directory both write it and lose each other's data.
 * This holds an exclusive lock on the directory for the life of the process.
 *
 * Node has no flock(), so the lock is a listening Unix socket. On Linux it lives in the abstract namespace, named
 * after the directory's real path: binding is atomic (a second bind fails with EADDRINUSE) and the kernel frees
 * the name the moment the process dies, however it dies (SIGKILL, OOM), so a crash never leaves a lock behind.
 * Elsewhere it is a socket file in the directory; a file left by a dead process is found by a connection probe
 * (refused) and replaced. Limits: the abstract namespace is per network namespace, so containers that share the
 * directory but not the network do not see each other's lock (run one container per directory, or PostgreSQL).
 */

export class DataDirLockedError extends Error {
  override readonly name = "DataDirLockedError";
}

function listen(server: net.Server, address: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(address, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

/** Whether a live process accepts connections on the lock file's socket. */
function ownerIsAlive(address: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(address);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function lockAddress(dir: string): { address: string; file: boolean } {
  if (process.platform === "linux") {
    const id = createHash("sha256").update(fs.realpathSync(dir)).digest("hex").slice(0, 40);
    return { address: `\0budgie-pglite-${id}`, file: false };
  }
  return { address: path.join(dir, ".budgie-lock.sock"), file: true };
}

/** Takes the lock on `dir` (created if missing) or throws DataDirLockedError. Resolves to the release function. */
export async function lockDataDir(dir: string, purpose = "the app"): Promise<() => Promise<void>> {
  fs.mkdirSync(dir, { recursive: true });
  const { address, file } = lockAddress(dir);
  // Probes are answered and closed at once; the server must not keep a finished script alive.
  const server = net.createServer((socket) => socket.end());
  try {
    await listen(server, address);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    if (!file || (await ownerIsAlive(address))) {
      throw new DataDirLockedError(
        `Another Budgie process is using the PGlite database in ${dir}, and PGlite serves one process at a time: ` +
          `stop it before starting ${purpose}, or set DATABASE_URL to a PostgreSQL database to run several instances.`,
      );
    }
    fs.rmSync(address, { force: true });
    await listen(server, address);
  }
  server.unref();
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
