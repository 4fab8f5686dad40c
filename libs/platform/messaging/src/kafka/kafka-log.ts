import { logCreator, logLevel } from 'kafkajs';
import { Logger } from 'pino';

const PINO_METHOD = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
} as const;

/** kafkajs writes to the console by default; this routes its entries into the service's pino logger. */
export function pinoLogCreator(logger: Logger): logCreator {
  const kafkaLogger = logger.child({ component: 'kafkajs' });
  return () =>
    ({ namespace, level, log }) => {
      if (level === logLevel.NOTHING) return;
      const { message, timestamp: _timestamp, logger: _name, ...details } = log;
      kafkaLogger[PINO_METHOD[level]]({ namespace, ...details }, message);
    };
}

/** kafkajs is chatty at INFO (every join, pause and resume), so it only speaks up when pino debugs. */
export function kafkaLogLevel(logger: Logger): logLevel {
  return logger.isLevelEnabled('debug') ? logLevel.INFO : logLevel.WARN;
}
