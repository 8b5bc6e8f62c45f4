/**
 * A message the API sends: Japanese first (the default), English beside it. The same shape as
 * the error body's and each field problem's `messageJa` / `messageEn`, so an entry spreads into
 * either.
 */
export interface Words {
  messageJa: string;
  messageEn: string;
}
