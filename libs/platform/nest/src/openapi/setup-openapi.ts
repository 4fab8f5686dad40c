import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { completeDocument } from './problem-responses';
import { mirrorValidationRules, validatedClassNames } from './validation-shim';

/** The service's OpenAPI document at `/api/docs` (UI) and `/api/docs-json`. */
export function setupOpenApi(app: INestApplication, service: string): void {
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
  SwaggerModule.setup('api/docs', app, () => completeDocument(SwaggerModule.createDocument(app, config), validatedClassNames()));
}
