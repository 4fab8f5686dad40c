import { ledgerUrl } from './ledger-url';

describe('a ledger download', () => {
  it('covers whole Seoul days, the last one included', () => {
    const url = new URL(ledgerUrl('it-convergence', '2026-01-01', '2026-12-31', 'xlsx'), 'http://console');
    expect(url.pathname).toBe('/api/grants/audit/lines/it-convergence/ledger');
    expect(url.searchParams.get('from')).toBe('2026-01-01T00:00:00+09:00');
    expect(url.searchParams.get('to')).toBe('2027-01-01T00:00:00+09:00');
    expect(url.searchParams.get('format')).toBe('xlsx');
  });

  it('crosses a month end', () => {
    const url = new URL(ledgerUrl('it-convergence', '2026-02-01', '2026-02-28', 'csv'), 'http://console');
    expect(url.searchParams.get('to')).toBe('2026-03-01T00:00:00+09:00');
  });
});
