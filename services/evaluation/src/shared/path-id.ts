import { applyDecorators, Param, PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { ProblemException } from '@yunghap/platform-nest';
import { APPLICATION_ID, APPLICATION_ID_MAX, CALL_ID, CALL_ID_MAX, COMMITTEE_ID, COMMITTEE_ID_MAX, USER_ID, USER_ID_MAX } from './id-patterns';

const PATH_IDS = {
  callId: { pattern: CALL_ID, maxLength: CALL_ID_MAX, example: 'call-2025-it' },
  committeeId: { pattern: COMMITTEE_ID, maxLength: COMMITTEE_ID_MAX, example: 'call-2025-it.jungbu' },
  applicationId: { pattern: APPLICATION_ID, maxLength: APPLICATION_ID_MAX, example: '0b6f3c1e-7f0a-4b8e-9a55-2f1d3c4b5a69' },
  userId: { pattern: USER_ID, maxLength: USER_ID_MAX, example: 'expert-choi' },
} as const;

export type PathIdName = keyof typeof PATH_IDS;

/** Refuses a path id of the wrong shape with the same 400 problem as a bad body field. */
class PathIdPipe implements PipeTransform<unknown, string> {
  constructor(private readonly name: PathIdName) {}

  transform(value: unknown): string {
    const { pattern } = PATH_IDS[this.name];
    if (typeof value === 'string' && pattern.test(value)) return value;
    throw ProblemException.validation([{ field: this.name, rule: 'matches', message: `${this.name} must match ${pattern}` }]);
  }
}

/** The path parameter `name`, checked against its id pattern. */
export const PathId = (name: PathIdName): ParameterDecorator => Param(name, new PathIdPipe(name));

/** Documents the path parameters of an operation with the patterns `PathId` enforces. */
export const ApiPathIds = (...names: PathIdName[]): MethodDecorator =>
  applyDecorators(
    ...names.map((name) => {
      const { pattern, maxLength, example } = PATH_IDS[name];
      return ApiParam({ name, required: true, schema: { type: 'string', pattern: pattern.source, minLength: 1, maxLength, example } });
    }),
  );
