import { csvCell, csvDocument, csvRow } from './csv-cells';

describe('csvCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+82-2-123-4567', "'+82-2-123-4567"],
    ['-5000000', "'-5000000"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\tcmd', "'\tcmd"],
  ])('prefixes text starting with a formula trigger: %j', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it('prefixes a leading CR, and quotes the field because of the line break', () => {
    expect(csvCell('\r=1+1')).toBe(`"'\r=1+1"`);
  });

  it('quotes a trigger cell that also holds a comma or quote, the prefix inside the quotes', () => {
    expect(csvCell('=HYPERLINK("http://x", "열기")')).toBe(`"'=HYPERLINK(""http://x"", ""열기"")"`);
  });

  it('leaves integers written as numbers alone, negative ones included', () => {
    expect([0, 20_000_000, -5_000_000].map(csvCell)).toEqual(['0', '20000000', '-5000000']);
  });

  it('prefixes a number that does not print as a plain integer', () => {
    expect([-Infinity, -0.5].map(csvCell)).toEqual(["'-Infinity", "'-0.5"]);
  });

  it('leaves harmless text alone, triggers that are not first included', () => {
    expect(['it-convergence', 'a=b', '1+1', '', ' =1'].map(csvCell)).toEqual(['it-convergence', 'a=b', '1+1', '', ' =1']);
  });

  it('quotes commas, doubled quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('Unspent, returned')).toBe('"Unspent, returned"');
    expect(csvCell('the "vendor"')).toBe('"the ""vendor"""');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it('keeps Hangul as it is', () => {
    expect(csvCell('영수증 누락으로 환수')).toBe('영수증 누락으로 환수');
    expect(csvCell('=환수, "미사용"')).toBe(`"'=환수, ""미사용"""`);
  });
});

describe('csvRow and csvDocument', () => {
  it('joins cells with commas', () => {
    expect(csvRow(['recovery', -5_000_000, '-5000000', '@박지훈'])).toBe("recovery,-5000000,'-5000000,'@박지훈");
  });

  it('starts with a BOM and ends every line with CRLF', () => {
    expect(
      csvDocument([
        ['kind', 'amount'],
        ['recovery', -5_000_000],
      ]),
    ).toBe('\uFEFFkind,amount\r\nrecovery,-5000000\r\n');
  });
});
