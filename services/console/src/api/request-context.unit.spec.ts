import { setCsrfToken, setRequestLanguage, withRequestHeaders } from './request-context';

describe('the headers every request carries', () => {
  beforeEach(() => {
    setCsrfToken('token-1');
    setRequestLanguage('ko');
  });

  it('sends the chosen language on every request', () => {
    expect(withRequestHeaders(new Headers(), 'GET').get('Accept-Language')).toBe('ko');
    setRequestLanguage('en');
    expect(withRequestHeaders(new Headers(), 'POST').get('Accept-Language')).toBe('en');
  });

  it('sends the CSRF token on state-changing requests only', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'post']) expect(withRequestHeaders(new Headers(), method).get('x-csrf-token')).toBe('token-1');
    for (const method of ['GET', 'HEAD']) expect(withRequestHeaders(new Headers(), method).has('x-csrf-token')).toBe(false);
  });

  it('sends the token of the current session', () => {
    setCsrfToken('token-2');
    expect(withRequestHeaders(new Headers(), 'PUT').get('x-csrf-token')).toBe('token-2');
  });
});
