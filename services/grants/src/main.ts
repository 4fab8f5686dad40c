import { serviceEntry } from '@yunghap/platform-nest';
import { GrantsModule } from './grants.module';

export const bootstrap = serviceEntry('grants', GrantsModule.register, module);
