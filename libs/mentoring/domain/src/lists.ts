/** The first value that occurs twice, for refusing lists whose entries must be distinct. */
export function firstDuplicate(values: readonly string[]): string | undefined {
  return values.find((value, index) => values.indexOf(value) !== index);
}
