import type { Response } from 'express';
import { PROBLEM_CONTENT_TYPE } from './problem-details';
import type { LocalizedProblem } from './problem-localizer';

/** The headers a problem answer carries for its language: it varies by `Accept-Language`, and says which it chose. */
export function languageHeaders({ language }: Pick<LocalizedProblem, 'language'>): Record<string, string> {
  return language === undefined ? { Vary: 'Accept-Language' } : { Vary: 'Accept-Language', 'Content-Language': language };
}

/** Sends a problem document with its status and language headers (added to any `Vary` already set). */
export function sendProblem(response: Response, answer: LocalizedProblem): void {
  const { Vary, ...headers } = languageHeaders(answer);
  response.vary(Vary).set(headers).status(answer.problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(answer.problem));
}
