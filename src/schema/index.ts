import { builder } from './builder.js';
import './health.js';
import './heartbeat.js';

export const schema = builder.toSchema({ sortSchema: true });
