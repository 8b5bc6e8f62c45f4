import type { SubmitToken } from "./storage";

/**
 * Active submit tokens, remembered for a few seconds in this process: without it every
 * submission costs a token query (on PGlite ~0.5 ms of the single connection, which caps
 * throughput far below what 200 concurrent clients need). Only valid tokens are remembered, so
 * a wrong token is always checked against the database.
 *
 * The price, stated in docs/security.md: a token revoked through ANOTHER instance is still
 * accepted here for at most TOKEN_CACHE_MS. A revocation through this instance takes effect
 * immediately (forgetId).
 */
export const TOKEN_CACHE_MS = 5_000;
const MAX_ENTRIES = 10_000;

export class TokenCache {
  private readonly entries = new Map<string, { token: SubmitToken; until: number }>();

  constructor(
    private readonly ttlMs = TOKEN_CACHE_MS,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  get(tokenHash: string): SubmitToken | undefined {
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (entry.until > this.clock()) return entry.token;
    this.entries.delete(tokenHash);
    return undefined;
  }

  set(tokenHash: string, token: SubmitToken): void {
    if (this.ttlMs <= 0) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(tokenHash, { token, until: this.clock() + this.ttlMs });
  }

  forgetId(id: number): void {
    for (const [hash, entry] of this.entries) if (entry.token.id === id) this.entries.delete(hash);
  }
}
