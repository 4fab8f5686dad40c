export class ConfigError extends Error {
  constructor(variable: string, rule: string, value: string) {
    super(`Invalid configuration: ${variable}=${JSON.stringify(value)} — ${rule}`);
    this.name = 'ConfigError';
  }
}
