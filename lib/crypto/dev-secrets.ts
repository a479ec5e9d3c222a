import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { generateEncryptionKey } from "@/lib/crypto/keys";

const DevSecrets = z.object({ encryptionKey: z.string().min(1), nextAuthSecret: z.string().min(1) });
export type DevSecrets = z.infer<typeof DevSecrets>;

/**
 * Development only: the secrets that production must be given, generated once into `<dataDir>/dev-secrets.json`
 * (mode 0600) and reused afterwards, so sessions and encrypted customer secrets survive restarts.
 */
export function loadOrCreateDevSecrets(dataDir: string): { secrets: DevSecrets; file: string; created: boolean } {
  const file = path.join(dataDir, "dev-secrets.json");
  const created = fs.existsSync(file) ? false : create(file);
  return { secrets: read(file), file, created };
}

function create(file: string): boolean {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secrets: DevSecrets = {
    encryptionKey: generateEncryptionKey(),
    nextAuthSecret: randomBytes(32).toString("base64url"),
  };
  const draft = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  fs.writeFileSync(draft, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600, flag: "wx" });
  try {
    // link() is atomic and fails when the target exists: of two processes starting together, exactly one
    // publishes its file, complete, and both then read that one.
    fs.linkSync(draft, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    fs.rmSync(draft, { force: true });
  }
}

function read(file: string): DevSecrets {
  try {
    return DevSecrets.parse(JSON.parse(fs.readFileSync(file, "utf8")));
  } catch {
    // Never regenerate silently: a new key would make every stored customer secret unreadable.
    throw new Error(
      `${file} is unreadable or malformed. Repair it, or delete it to generate new development secrets ` +
        "(customer secrets encrypted with the old key are then lost).",
    );
  }
}
