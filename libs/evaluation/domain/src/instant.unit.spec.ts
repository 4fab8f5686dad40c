import { isIsoInstant } from './instant';

describe('isIsoInstant', () => {
  it.each(['2025-03-14T17:30:00+09:00', '2025-03-14T08:30:00Z', '2025-03-14T08:30:00.5Z', '2024-02-29T00:00:00Z', '2000-02-29T23:59:59-05:30'])(
    'accepts %s',
    (value) => expect(isIsoInstant(value)).toBe(true),
  );

  it.each([
    '2025-03-14T17:30:00', // no offset: local time of which machine?
    '2025-03-14',
    '2025-02-29T00:00:00Z', // not a leap year
    '1900-02-29T00:00:00Z', // divisible by 100, not by 400
    '2025-04-31T00:00:00Z',
    '2025-13-01T00:00:00Z',
    '2025-03-14T24:00:00Z',
    '2025-03-14T17:60:00Z',
    '2025-03-14T17:30:00+24:00',
    '2025-03-14T17:30:00.1234Z',
  ])('refuses %s', (value) => expect(isIsoInstant(value)).toBe(false));
});
