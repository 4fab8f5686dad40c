import { reportUrl } from './report-columns';

describe('a report download', () => {
  it('asks for the grouping and the format, and the instant only when one was chosen', () => {
    expect(reportUrl('province', null, 'csv')).toBe('/api/grants/reports?groupBy=province&format=csv');
    const url = new URL(reportUrl('line', '2026-06-30T23:59:00+09:00', 'xlsx'), 'http://console');
    expect(url.searchParams.get('at')).toBe('2026-06-30T23:59:00+09:00');
    expect(url.searchParams.get('format')).toBe('xlsx');
  });
});
