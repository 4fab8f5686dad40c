import { ApiResponse } from '@nestjs/swagger';

/**
 * An error answer the platform cannot infer from the route, such as a 404 from a GET without path
 * parameters; documented with the platform's problem schema like the inferred ones.
 */
export const ApiProblemResponse = (status: number, description: string) =>
  ApiResponse({ status, description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } } });
