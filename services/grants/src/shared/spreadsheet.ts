import { ExportTable, tableCsv } from '@yunghap/grants-domain';
import { Workbook } from 'exceljs';

export type SpreadsheetCell = string | number;

export interface SpreadsheetOptions {
  /** Indices into `header` (from 0) of the columns that hold won: shown with thousands separators. */
  readonly wonColumns?: readonly number[];
}

// Excel refuses longer sheet names; exceljs would only warn and cut the name short.
const MAX_SHEET_NAME = 31;
const WON_FORMAT = '#,##0';
const [MIN_WIDTH, MAX_WIDTH] = [8, 60];
const grouped = new Intl.NumberFormat('en-US');

// Hangul and other East Asian letters take about two character widths in a spreadsheet's default font.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const widthOf = (text: string) => [...text].reduce((width, char) => width + (WIDE.test(char) ? 2 : 1), 0);

/**
 * One sheet as an .xlsx file: a bold header row that stays in view while scrolling, then the rows.
 * Numbers are stored as numbers (they sum and sort), text as text: a string cell is never read as
 * a formula, so free text needs no neutralising here, unlike in CSV.
 * @example await xlsxOf('예산원장', ['lineId', 'amount'], [['it-convergence', 150_000_000]], { wonColumns: [1] })
 */
export async function xlsxOf(
  sheetName: string,
  header: readonly string[],
  rows: readonly (readonly SpreadsheetCell[])[],
  options: SpreadsheetOptions = {},
): Promise<Buffer> {
  if (sheetName.length > MAX_SHEET_NAME) throw new RangeError(`A sheet name has at most ${MAX_SHEET_NAME} characters: ${sheetName}`);
  const wonColumns = new Set(options.wonColumns ?? []);
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...header]).font = { bold: true };
  for (const row of rows) sheet.addRow([...row]);
  header.forEach((title, index) => {
    const column = sheet.getColumn(index + 1);
    const won = wonColumns.has(index);
    if (won) column.numFmt = WON_FORMAT;
    const shown = (cell: SpreadsheetCell) => (won && typeof cell === 'number' ? grouped.format(cell) : String(cell));
    const widest = rows.reduce((width, row) => Math.max(width, widthOf(shown(row[index] ?? ''))), widthOf(title));
    column.width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A table as a download in either format: the same header and cells as CSV text or as a one-sheet workbook. */
export async function tableFile(table: ExportTable, format: 'csv' | 'xlsx', sheetName: string): Promise<{ body: Buffer; type: string }> {
  if (format === 'csv') return { body: Buffer.from(tableCsv(table), 'utf8'), type: 'text/csv; charset=utf-8' };
  return { body: await xlsxOf(sheetName, table.header, table.rows, { wonColumns: table.wonColumns }), type: XLSX_MEDIA_TYPE };
}
