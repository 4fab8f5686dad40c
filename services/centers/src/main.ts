import { serviceEntry } from '@yunghap/platform-nest';
import { CentersModule } from './centers.module';

export const bootstrap = serviceEntry('centers', CentersModule.register, module);
