import createClient, { type Middleware } from 'openapi-fetch';
import type { paths as ApplicationsPaths } from './generated/applications';
import type { paths as CentersPaths } from './generated/centers';
import type { paths as EvaluationPaths } from './generated/evaluation';
import type { paths as GrantsPaths } from './generated/grants';
import type { paths as MentoringPaths } from './generated/mentoring';
import { withRequestHeaders } from './request-context';

const requestHeaders: Middleware = {
  onRequest({ request }) {
    withRequestHeaders(request.headers, request.method);
    return request;
  },
};

// One client per context, all on the gateway's origin (relative URLs): the gateway forwards
// `/api/<context>/…` with a service token in place of the session cookie.
function clientOf<Paths extends object>() {
  const client = createClient<Paths>({ baseUrl: '/' });
  client.use(requestHeaders);
  return client;
}

export const applicationsApi = clientOf<ApplicationsPaths>();
export const centersApi = clientOf<CentersPaths>();
export const evaluationApi = clientOf<EvaluationPaths>();
export const grantsApi = clientOf<GrantsPaths>();
export const mentoringApi = clientOf<MentoringPaths>();
