/**
 * A fresh random submission id (UUID v4). Web Crypto is a global in browsers, Excel's
 * webview and Node alike, so the domain core needs no Node import for it.
 */
export function newSubmissionId(): string {
  return globalThis.crypto.randomUUID();
}
