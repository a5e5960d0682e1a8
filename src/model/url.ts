// The scheme is checked on the text as written, not only after parsing: the
// URL parser forgives "https:example.org" and stray spaces, the JSON Schema
// does not, and the two must agree on every link.
const WEB_URL = /^https?:\/\/[^\s/?#]+\S*$/i;

/** True for an absolute `http:` or `https:` URL: the only links data may carry. */
export function isWebUrl(value: string): boolean {
  if (!WEB_URL.test(value)) return false;
  try {
    return new URL(value).hostname !== '';
  } catch {
    return false;
  }
}
