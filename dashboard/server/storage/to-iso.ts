/** Timestamps leave storage as ISO strings, whichever driver parsed them. */
export function toIso(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}
