/**
 * True for text with nothing but white space (as `String.prototype.trim` knows it, U+3000 and
 * U+FEFF included): a name, title or reason the record needs must say something.
 */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}
