import { preferredLanguage } from './accept-language';

describe('preferredLanguage', () => {
  it.each([
    ['ko', 'ko'],
    ['ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7', 'ko'],
    ['en-US,en;q=0.9,ko;q=0.8', 'en'],
    ['EN', 'en'],
    ['ko;q=0.5, en;q=0.8', 'en'],
    ['en;q=0, ko', 'ko'],
  ])('reads %j as %s', (header, language) => expect(preferredLanguage(header)).toBe(language));

  it.each([[undefined], [''], ['*'], ['fr-FR,en;q=0.5'], ['ja, ko;q=0.9'], ['ko;q=abc']])('prefers neither language for %j', (header) =>
    expect(preferredLanguage(header)).toBeUndefined(),
  );
});
