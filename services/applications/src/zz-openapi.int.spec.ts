import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { startTestService } from '@yunghap/service-harness';
import { ApplicationsModule } from './applications.module';

it('builds the OpenAPI document', async () => {
  const service = await startTestService('applications', ApplicationsModule.register);
  const doc = SwaggerModule.createDocument(service.app, new DocumentBuilder().addBearerAuth().build());
  await service.close();
  console.log(Object.keys(doc.paths).join('\n'));
  console.log(JSON.stringify(doc.components?.schemas?.['DraftApplicationRequest']).slice(0, 600));
  console.log(JSON.stringify(doc.paths['/api/applications/applications/{applicationId}/submit']).slice(0, 600));
});
