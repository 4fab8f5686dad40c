import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { completeDocument } from './problem-responses';
import { mirrorValidationRules, validatedClassNames } from './validation-shim';

/**
 * The service's OpenAPI document exactly as `/api/docs-json` serves it, so tests can hold
 * answers to the very document the console's client and the fuzzer are generated from.
 * Example: `createOpenApiDocument(app, 'grants').paths['/api/grants/lines']`.
 */
export function createOpenApiDocument(app: INestApplication, service: string): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(`Yunghap ${service} API`)
    .setDescription(
      `The ${service} service of Yunghap. Errors are RFC 9457 problem documents (application/problem+json). ` +
        'Every POST honours Idempotency-Key; limits: body 1 MiB, JSON depth 32, arrays 1,000 items.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  mirrorValidationRules();
  return completeDocument(SwaggerModule.createDocument(app, config), validatedClassNames());
}

/** The service's OpenAPI document at `/api/docs` (UI) and `/api/docs-json`. */
export function setupOpenApi(app: INestApplication, service: string): void {
  SwaggerModule.setup('api/docs', app, () => createOpenApiDocument(app, service));
}
