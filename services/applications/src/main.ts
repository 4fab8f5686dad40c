import { serviceEntry } from '@yunghap/platform-nest';
import { ApplicationsModule } from './applications.module';

export const bootstrap = serviceEntry('applications', ApplicationsModule.register, module);
