import { builder } from './builder.js';
import './scalars.js';
import './health.js';
import './heartbeat.js';
import './enums.js';
import './pika.js';
import './kling.js';
import './luma.js';
import './runway.js';
import './pix.js';
import './sora.js';
import './veo.js';
import './grok.js';
import './video-job.js';
import './video-providers.js';
import './generate-video.js';
import './job-subscriptions.js';

export const schema = builder.toSchema({ sortSchema: true });
