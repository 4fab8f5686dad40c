export * from './config/service-config';
export * from './bootstrap/platform.module';
export * from './bootstrap/platform.di-tokens';
export * from './bootstrap/start-service';
export * from './health/health.di-tokens';
