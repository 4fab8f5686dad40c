/** The service's `ServiceRuntime`, opened before the application starts. */
export const SERVICE_RUNTIME = Symbol('SERVICE_RUNTIME');
/** The service's `ConsumerDefinition[]` (each made by `defineConsumer`), provided by the service module. */
export const SERVICE_CONSUMERS = Symbol('SERVICE_CONSUMERS');
/** The service's startup tasks (`() => Promise<void>`, e.g. seeding), run once projections are caught up. */
export const SERVICE_STARTUP_TASKS = Symbol('SERVICE_STARTUP_TASKS');
