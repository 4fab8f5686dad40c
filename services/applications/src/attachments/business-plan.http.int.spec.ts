import { businessPlanSuite } from './business-plan.suite';

// The content store of the single process: a temporary folder, as with YUNGHAP_DATA_DIR=memory.
businessPlanSuite('the business plan over HTTP, kept in a folder', () => undefined);
