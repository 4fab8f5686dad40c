import { attachment } from './content-disposition';

describe('attachment', () => {
  it('names an ASCII file once', () => {
    expect(attachment('ledger_it-convergence.csv')).toBe('attachment; filename="ledger_it-convergence.csv"');
  });

  it('adds filename* in UTF-8 for a Korean name, with the ASCII name as fallback', () => {
    expect(attachment("예산원장 (IT)'s.csv", 'ledger.csv')).toBe(
      `attachment; filename="ledger.csv"; filename*=UTF-8''%EC%98%88%EC%82%B0%EC%9B%90%EC%9E%A5%20%28IT%29%27s.csv`,
    );
  });

  it('keeps quotes, line breaks and separators out of the fallback', () => {
    expect(attachment('a"b\r\nc;d.csv')).toBe(`attachment; filename="a_b__c_d.csv"; filename*=UTF-8''a%22b%0D%0Ac%3Bd.csv`);
  });
});
