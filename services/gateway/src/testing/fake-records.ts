import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRemoteJWKSet, JWTPayload, jwtVerify } from 'jose';

interface Person {
  staff: { centerId: string; role: 'staff' | 'coordinator' }[];
  applicant: null | { registrationNumber: string; firmName: string; centerId: string; status: 'pending' | 'confirmed' | 'rejected' };
  committeeIds: string[];
}

/**
 * The centers and evaluation services as the gateway sees them: people's records it may change
 * between requests, tokens checked against the gateway's JWKS, and the last forwarded call kept.
 */
export class FakeRecords {
  readonly people = new Map<string, Person>();
  readonly calls: { method: string; url: string; claims: JWTPayload; headers: http.IncomingHttpHeaders; body: string }[] = [];
  private server?: http.Server;
  private jwks?: ReturnType<typeof createRemoteJWKSet>;

  set(userId: string, person: Partial<Person>): void {
    this.people.set(userId, { staff: [], applicant: null, committeeIds: [], ...this.people.get(userId), ...person });
  }

  /** Starts the server; the gateway's JWKS URL is given once the gateway listens. */
  async start(): Promise<string> {
    this.server = http.createServer((request, response) => void this.answer(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  trust(jwksUrl: string): void {
    this.jwks = createRemoteJWKSet(new URL(jwksUrl));
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private async answer(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const send = (status: number, body: unknown, type = 'application/json') =>
      void response.writeHead(status, { 'content-type': type }).end(JSON.stringify(body));
    const url = request.url ?? '';
    if (url === '/api/docs-json') return send(200, { openapi: '3.0.0', info: { title: 'fake' } });
    let claims: JWTPayload;
    try {
      const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
      claims = (await jwtVerify(token, this.jwks!, { issuer: 'yunghap-gateway', audience: 'yunghap-services', algorithms: ['EdDSA'] })).payload;
    } catch (error) {
      return send(401, { code: 'AUTH.INVALID_TOKEN', detail: (error as Error).message });
    }
    this.calls.push({ method: request.method ?? '', url, claims, headers: request.headers, body: Buffer.concat(chunks).toString() });
    const person = /^\/api\/centers\/people\/([^/]+)$/.exec(url);
    if (person) {
      const { staff, applicant } = this.people.get(decodeURIComponent(person[1])) ?? { staff: [], applicant: null };
      return send(200, { userId: decodeURIComponent(person[1]), staff, applicant });
    }
    const committees = /^\/api\/evaluation\/members\/([^/]+)\/committees$/.exec(url);
    if (committees)
      return send(200, { userId: decodeURIComponent(committees[1]), committeeIds: this.people.get(decodeURIComponent(committees[1]))?.committeeIds ?? [] });
    if (request.method === 'POST' && url === '/api/centers/applicants') {
      const registration = JSON.parse(Buffer.concat(chunks).toString()) as { userId: string; registrationNumber: string };
      if (this.people.get(registration.userId)?.applicant) {
        return send(409, { status: 409, code: 'APPLICANT.ALREADY_REGISTERED' }, 'application/problem+json');
      }
      this.set(registration.userId, {
        applicant: { registrationNumber: registration.registrationNumber, firmName: 'f', centerId: 'jungbu', status: 'pending' },
      });
      return send(201, registration);
    }
    const center = /^\/api\/centers\/centers\/([a-z-]+)$/.exec(url);
    if (center) return send(200, { centerId: center[1], regionName: center[1] === 'jungbu' ? '중부권' : '호남권' });
    return send(200, { echoed: url });
  }
}
