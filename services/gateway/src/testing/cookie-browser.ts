interface SessionAnswer {
  readonly signedIn: boolean;
  readonly csrfToken: string;
  readonly roles: readonly { readonly role: string; readonly centerId?: string; readonly label: string }[];
  readonly activeRole?: { readonly role: string; readonly centerId?: string };
}

/** A browser as far as the gateway can tell: a cookie jar, redirects followed by hand so each hop can be checked. */
export class CookieBrowser {
  private readonly cookies = new Map<string, string>();
  /** Every Set-Cookie header received, as sent. */
  readonly setCookies: string[] = [];

  constructor(readonly origin: string) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const url = new URL(path, this.origin);
    const headers = new Headers(init.headers);
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const header of response.headers.getSetCookie()) {
      this.setCookies.push(header);
      const [pair] = header.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** Follows redirects on this origin until an answer that is not one; returns it with the last URL. */
  async follow(path: string, init: RequestInit = {}): Promise<{ response: Response; url: string }> {
    let response = await this.request(path, init);
    let url = new URL(path, this.origin).href;
    for (let hops = 0; response.status >= 300 && response.status < 400 && hops < 10; hops++) {
      url = new URL(response.headers.get('location') ?? '', url).href;
      response = await this.request(url);
    }
    return { response, url };
  }

  /** The CSRF token and the session as `/auth/session` answers them. */
  async session(): Promise<SessionAnswer> {
    return (await (await this.request('/auth/session')).json()) as SessionAnswer;
  }

  /** Signs in as a demo person through the development provider's page. */
  async signInAs(sub: string, returnTo = '/'): Promise<Response> {
    const { response: page, url } = await this.follow(`/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
    const action = /<form method="post" action="([^"]+)"/.exec(await page.text())?.[1];
    if (!action) throw new Error(`no sign-in form at ${url}`);
    return (
      await this.follow(action, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ sub }).toString(),
      })
    ).response;
  }
}
