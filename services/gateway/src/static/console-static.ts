import fs from 'node:fs';
import path from 'node:path';
import express, { NextFunction, Request, RequestHandler, Response } from 'express';

/** Paths the gateway answers itself or forwards; everything else is the console's. */
const GATEWAY_PATHS = /^\/(api|auth|dev-oidc|\.well-known|health|metrics|live)(\/|$)/;

const NOT_BUILT = `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><title>융합 콘솔 (Yunghap console)</title></head>
<body><main><h1>융합 콘솔이 아직 빌드되지 않았습니다</h1>
<p><code>npx nx build console</code> 을 실행한 뒤 이 페이지를 새로 고치십시오.</p>
<p lang="en">The console has not been built yet: run <code>npx nx build console</code>, then reload this page.</p>
</main></body></html>`;

/**
 * Serves the console's build from `dir`, with the single-page fallback: a path that is no file and
 * no gateway route is the app's own route, answered with index.html. Read per request, so a build
 * made after the gateway started is served without a restart.
 */
export function consoleStatic(dir: string): RequestHandler {
  const files = express.static(dir, { index: false, fallthrough: true });
  const index = path.join(dir, 'index.html');
  return (request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || GATEWAY_PATHS.test(request.path)) return next();
    files(request, response, () => {
      if (!fs.existsSync(index)) {
        if (request.path !== '/') return next();
        response.status(200).type('html').send(NOT_BUILT);
        return;
      }
      response.sendFile(index);
    });
  };
}
