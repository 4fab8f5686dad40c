import { centersApi, evaluationApi, mentoringApi } from '../../api/clients';
import type { ErasureService } from './erasure-subjects';

// The three services answer the same endpoints under their own prefix; each generated client knows
// only its own paths, so the service picks the client here and the pages stay unaware of it.

export function listErasures(service: ErasureService, signal: AbortSignal) {
  switch (service) {
    case 'centers':
      return centersApi.GET('/api/centers/privacy/erasure', { signal });
    case 'evaluation':
      return evaluationApi.GET('/api/evaluation/privacy/erasure', { signal });
    case 'mentoring':
      return mentoringApi.GET('/api/mentoring/privacy/erasure', { signal });
  }
}

export function proposeErasure(service: ErasureService, body: { readonly subject: string; readonly reason: string }) {
  switch (service) {
    case 'centers':
      return centersApi.POST('/api/centers/privacy/erasure', { body });
    case 'evaluation':
      return evaluationApi.POST('/api/evaluation/privacy/erasure', { body });
    case 'mentoring':
      return mentoringApi.POST('/api/mentoring/privacy/erasure', { body });
  }
}

export function approveErasure(service: ErasureService, requestId: string) {
  const params = { path: { requestId } };
  switch (service) {
    case 'centers':
      return centersApi.POST('/api/centers/privacy/erasure/{requestId}/approval', { params });
    case 'evaluation':
      return evaluationApi.POST('/api/evaluation/privacy/erasure/{requestId}/approval', { params });
    case 'mentoring':
      return mentoringApi.POST('/api/mentoring/privacy/erasure/{requestId}/approval', { params });
  }
}

export function rejectErasure(service: ErasureService, requestId: string, reason: string) {
  const params = { path: { requestId } };
  switch (service) {
    case 'centers':
      return centersApi.POST('/api/centers/privacy/erasure/{requestId}/rejection', { params, body: { reason } });
    case 'evaluation':
      return evaluationApi.POST('/api/evaluation/privacy/erasure/{requestId}/rejection', { params, body: { reason } });
    case 'mentoring':
      return mentoringApi.POST('/api/mentoring/privacy/erasure/{requestId}/rejection', { params, body: { reason } });
  }
}
