import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** The service's OpenAPI document at `/api/docs` (UI) and `/api/docs-json`. */
export function setupOpenApi(app: INestApplication, service: string): void {
  const config = new DocumentBuilder()
    .setTitle(`Yunghap ${service} API`)
    .setDescription(`The ${service} service of Yunghap. Errors are RFC 9457 problem documents.`)
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, config));
}
