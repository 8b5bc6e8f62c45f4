/** Characters XML 1.0 cannot carry: left in, they make the whole file unreadable. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text as the .xlsx can hold it. */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML, "");
}
