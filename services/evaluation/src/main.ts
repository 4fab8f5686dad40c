import { serviceEntry } from '@yunghap/platform-nest';
import { EvaluationModule } from './evaluation.module';

export const bootstrap = serviceEntry('evaluation', EvaluationModule.register, module);
