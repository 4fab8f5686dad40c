import { isBlank } from './text';

describe('isBlank', () => {
  it.each(['', ' ', '\t\n', '\u3000', '\ufeff '])('finds %p blank', (text) => expect(isBlank(text)).toBe(true));
  it.each(['a', ' 사유 ', '0'])('finds %p not blank', (text) => expect(isBlank(text)).toBe(false));
});
