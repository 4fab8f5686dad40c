import type { IncomingMessage } from 'node:http';
import { isOperationalRequest } from './operational-paths';

const request = (fields: { url?: string; originalUrl?: string }) => fields as IncomingMessage & { originalUrl?: string };

describe('isOperationalRequest', () => {
  it('knows the probes by the whole path, even where a mounted middleware sees it rewritten', () => {
    expect(isOperationalRequest(request({ url: '/', originalUrl: '/health' }))).toBe(true);
    expect(isOperationalRequest(request({ url: '/', originalUrl: '/metrics?format=text' }))).toBe(true);
    expect(isOperationalRequest(request({ url: '/health' }))).toBe(true);
  });

  it('logs and traces everything else', () => {
    expect(isOperationalRequest(request({ url: '/', originalUrl: '/api/grants/health' }))).toBe(false);
    expect(isOperationalRequest(request({ url: '/health', originalUrl: '/api/health' }))).toBe(false);
  });
});
