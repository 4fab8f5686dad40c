import { ValueType, Workbook, Worksheet } from 'exceljs';
import { xlsxOf } from './spreadsheet';

/** What a spreadsheet program makes of the bytes: exceljs reads them back, as Excel would open them. */
async function opened(buffer: Buffer): Promise<Worksheet> {
  // exceljs types its input as an ArrayBuffer look-alike of its own; it reads a Node Buffer all the same.
  const workbook = await new Workbook().xlsx.load(buffer as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  return workbook.worksheets[0];
}

const HEADER = ['recipientName', 'amount', 'reason', 'availableAfter'];
const ROWS = [
  ['한빛정밀', 150_000_000, '=SUM(1+1) 미사용분, "반환"', 1_350_000_000],
  ['누리소프트', -5_000_000, '', 1_355_000_000],
];

describe('xlsxOf', () => {
  let sheet: Worksheet;

  beforeAll(async () => {
    sheet = await opened(await xlsxOf('예산원장', HEADER, ROWS, { wonColumns: [1, 3] }));
  });

  it('writes one named sheet: the header, then every row', () => {
    expect(sheet.name).toBe('예산원장');
    expect(sheet.rowCount).toBe(1 + ROWS.length);
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADER]);
  });

  it('keeps the header bold and in view while scrolling', () => {
    expect(HEADER.map((_title, index) => sheet.getRow(1).getCell(index + 1).font?.bold)).toEqual([true, true, true, true]);
    expect(sheet.getRow(2).getCell(1).font?.bold).toBeFalsy();
    expect(sheet.views).toEqual([expect.objectContaining({ state: 'frozen', ySplit: 1 })]);
  });

  it('stores amounts as numbers in won format, negative ones included', () => {
    for (const [row, column] of [
      [2, 2],
      [3, 2],
      [2, 4],
    ]) {
      const cell = sheet.getRow(row).getCell(column);
      expect(cell.type).toBe(ValueType.Number);
      expect(cell.numFmt).toBe('#,##0');
    }
    expect(sheet.getCell('B3').value).toBe(-5_000_000);
    expect(sheet.getCell('D2').value).toBe(1_350_000_000);
  });

  it('stores text as text, never as a formula, and only the won columns with a number format', () => {
    const reason = sheet.getCell('C2');
    expect(reason.type).toBe(ValueType.String);
    expect(reason.formula).toBeUndefined();
    expect(reason.value).toBe('=SUM(1+1) 미사용분, "반환"');
    expect(sheet.getCell('A2').value).toBe('한빛정밀');
    expect(sheet.getCell('A2').numFmt).toBeUndefined();
  });

  it('sizes each column to its widest cell, Hangul counting double, within bounds', () => {
    const widths = HEADER.map((_title, index) => sheet.getColumn(index + 1).width);
    // Widest: 'recipientName' 13 (누리소프트 10), '150,000,000' 11, the reason 26 (its six Hangul 12), 'availableAfter' 14; plus 2.
    expect(widths).toEqual([15, 13, 28, 16]);
    expect(widths.every((width) => width !== undefined && width >= 8 && width <= 60)).toBe(true);
  });

  it('writes a header-only sheet for no rows, and refuses a sheet name Excel cannot show', async () => {
    const empty = await opened(await xlsxOf('empty', ['a'], []));
    expect(empty.rowCount).toBe(1);
    expect(empty.getColumn(1).width).toBe(8);
    await expect(xlsxOf('x'.repeat(32), ['a'], [])).rejects.toThrow(RangeError);
  });
});
