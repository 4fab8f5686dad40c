// RFC 5987 attr-char is narrower than what encodeURIComponent leaves alone.
const encodeAttr = (text: string) => encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `Content-Disposition` for a download. `asciiName` is what clients without RFC 6266 support
 * save; anything outside [A-Za-z0-9._-] in it becomes `_`, so a route parameter cannot break the
 * header. `name`, when it has non-ASCII, goes in `filename*` for everyone else.
 * @example attachment('원장.csv', 'ledger.csv') === `attachment; filename="ledger.csv"; filename*=UTF-8''%EC%9B%90%EC%9E%A5.csv`
 */
export function attachment(name: string, asciiName = name): string {
  const fallback = `attachment; filename="${asciiName.replace(/[^\w.-]/g, '_')}"`;
  return /^[\x20-\x7e]*$/.test(name) ? fallback : `${fallback}; filename*=UTF-8''${encodeAttr(name)}`;
}
