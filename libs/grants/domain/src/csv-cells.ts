/** A cell as the ledger hands it over: numbers are amounts in won, everything else is text. */
export type CsvCell = string | number;

// OWASP CSV injection: a spreadsheet evaluates a cell starting with one of these as a formula
// (or, for TAB and CR, strips them and evaluates the rest).
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;
const INTEGER = /^-?\d+$/;

/**
 * One cell, safe to open in a spreadsheet. Text that a spreadsheet would run as a formula gets a
 * leading `'`; an integer written as a number stays a number, so a recovery of -5000000 still sums.
 * Then RFC 4180: a comma, quote or line break quotes the field, with quotes doubled.
 * @example csvCell('=1+1') === "'=1+1"; csvCell(-5_000_000) === '-5000000'; csvCell('a,"b"') === '"a,""b"""'
 */
export function csvCell(value: CsvCell): string {
  const text = String(value);
  const inert = !(typeof value === 'number' && INTEGER.test(text)) && FORMULA_TRIGGER.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

export function csvRow(cells: readonly CsvCell[]): string {
  return cells.map(csvCell).join(',');
}

/**
 * A whole CSV file, CRLF line ends. It starts with a UTF-8 BOM because Excel otherwise reads the
 * file in the ANSI code page (CP949 on Korean Windows) and garbles Hangul.
 */
export function csvDocument(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map(csvRow).join('\r\n')}\r\n`;
}

/** A table for a file, whatever its format: text cells as strings, amounts as numbers. */
export interface ExportTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly CsvCell[])[];
  /** Indices into `header` (from 0) of the columns in won. */
  readonly wonColumns: readonly number[];
}

/** The table as a CSV file for a spreadsheet: header line first, cells neutralised. */
export function tableCsv(table: ExportTable): string {
  return csvDocument([table.header, ...table.rows]);
}
