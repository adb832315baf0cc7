import { builder } from './builder.js';
import './scalars.js';
import './health.js';
import './heartbeat.js';
import './pika.js';
import './video-job.js';
import './generate-video.js';
import './job-subscriptions.js';

export const schema = builder.toSchema({ sortSchema: true });
