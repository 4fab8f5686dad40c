export function isBlank(value: string): boolean {
  return value.trim() === '';
}

/** The first value that occurs twice, for refusing lists whose entries must be distinct. */
export function firstDuplicate(values: readonly string[]): string | undefined {
  return values.find((value, index) => values.indexOf(value) !== index);
}
