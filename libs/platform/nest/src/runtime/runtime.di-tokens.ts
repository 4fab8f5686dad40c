/** The service's `ServiceRuntime`, opened before the application starts. */
export const SERVICE_RUNTIME = Symbol('SERVICE_RUNTIME');
/** The service's `ConsumerDefinition[]`, provided by the service module (handlers need its DI). */
export const SERVICE_CONSUMERS = Symbol('SERVICE_CONSUMERS');
