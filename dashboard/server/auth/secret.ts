import { createHash, randomBytes } from "node:crypto";

/**
 * 256 random bits, URL-safe. Session ids and submit tokens are such secrets; the database keeps
 * only their SHA-256, which is enough for values this random (no dictionary to try).
 */
export function newSecret(prefix = ""): string {
  return prefix + randomBytes(32).toString("base64url");
}

export function sha256Hex(value: string): string {
  return createHash("sha256").update(value, "utf8").digest("hex");
}
