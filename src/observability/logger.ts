import pino from 'pino';
import type { Config } from '../config/env.js';

export type Logger = pino.Logger;

/** Paths that may carry secrets; pino replaces their values before anything is written. */
const redact = [
  'key',
  '*.key',
  'apiKey',
  '*.apiKey',
  'token',
  '*.token',
  'secret',
  '*.secret',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'callback_url',
  '*.callback_url',
  'callbackUrl',
  '*.callbackUrl',
];

export function createLogger(config: Config['log'], destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = { level: config.level, redact: { paths: redact, censor: '[redacted]' } };
  if (destination) return pino(options, destination);
  if (config.pretty) return pino({ ...options, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss' } } });
  return pino(options);
}
