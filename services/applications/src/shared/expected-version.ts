import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { Decider, DomainError } from '@yunghap/kernel';
import { ProblemException } from '@yunghap/platform-nest';
import type { Request, Response } from 'express';

/** An aggregate's state with the number of events it was folded from: the version its ETag names. */
export interface Versioned<S> {
  readonly state: S;
  readonly version: number;
}

function versionMismatch(expectedVersion: number, currentVersion: number): DomainError {
  return new DomainError(
    'REQUEST.VERSION_MISMATCH',
    'conflict',
    `자료가 그사이 바뀌었습니다: 현재 버전은 ${currentVersion}입니다. 다시 읽고 시도하십시오. (The resource is at version ${currentVersion}, not ${expectedVersion}: read it again and retry.)`,
    {
      expectedVersion,
      currentVersion,
    },
  );
}

/**
 * The decider, refusing as a conflict a command made against another version than the stream's.
 * The check runs on the state `handleCommand` has just folded, so it is exact rather than a read
 * model's guess; with no expected version the decider behaves as before.
 * Example: `executor.execute(id, command, withExpectedVersion(decider, ifMatch))`.
 */
export function withExpectedVersion<C, E, S>(decider: Decider<C, E, S>, expectedVersion: number | undefined): Decider<C, E, Versioned<S>> {
  return {
    initialState: () => ({ state: decider.initialState(), version: 0 }),
    evolve: ({ state, version }, event) => ({ state: decider.evolve(state, event), version: version + 1 }),
    decide: (command, { state, version }) =>
      expectedVersion === undefined || expectedVersion === version ? decider.decide(command, state) : versionMismatch(expectedVersion, version),
  };
}

// A strong or weak entity tag holding the stream version, as this service sends it in ETag.
const VERSION_TAG = /^(?:W\/)?"?(\d{1,15})"?$/;

/**
 * The version named by the request's `If-Match` header, or undefined when it sends none: clients
 * that send the ETag they read get a 409 instead of overwriting someone else's change.
 */
export const IfMatchVersion = createParamDecorator((_data: unknown, context: ExecutionContext): number | undefined => {
  const header = context.switchToHttp().getRequest<Request>().headers['if-match'];
  if (header === undefined) return undefined;
  const match = VERSION_TAG.exec(header.trim());
  if (!match)
    throw ProblemException.validation([
      {
        field: 'If-Match',
        rule: 'isVersionTag',
        message: 'If-Match는 이 자료에서 읽은 ETag여야 합니다. (If-Match must be the ETag read from this resource, e.g. "3".)',
      },
    ]);
  return Number(match[1]);
});

/** The ETag of a resource at a stream version. */
export function versionTag(version: number): string {
  return `"${version}"`;
}

/** Sends the resource's version as its ETag, so the next command can name it in If-Match. */
export function tagWithVersion<T extends { readonly version: number }>(response: Response, resource: T): T {
  response.setHeader('ETag', versionTag(resource.version));
  return resource;
}

/** Documents the optional `If-Match` header on the commands that honour it, with the shape it is checked against. */
export const AcceptsIfMatch = () =>
  ApiHeader({
    name: 'If-Match',
    required: false,
    description: '마지막으로 읽은 ETag(예: "3"); 현재 버전과 다르면 409. (The ETag last read, e.g. "3"; a different current version answers 409.)',
    schema: { type: 'string', pattern: VERSION_TAG.source, example: '"3"' },
  });
