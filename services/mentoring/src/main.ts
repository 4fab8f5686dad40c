import { serviceEntry } from '@yunghap/platform-nest';
import { MentoringModule } from './mentoring.module';

export const bootstrap = serviceEntry('mentoring', MentoringModule.register, module);
