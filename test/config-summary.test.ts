import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/env.js';
import { summarizeConfig } from '../src/config/summary.js';

describe('the startup summary of the configuration', () => {
  it('is one line naming what matters, never a key, a secret or a password', () => {
    const summary = summarizeConfig(
      loadConfig({
        NODE_ENV: 'production',
        PORT: '8080',
        DATABASE_URL: 'postgresql://gw:db-password-7@db:5432/gw?sslmode=require',
        DUOMI_BASE_URL: 'https://duomiapi.com',
        DUOMI_API_KEY: 'sk-live-key-123',
        PUBLIC_URL: 'https://gw.example.com',
        CALLBACK_SECRET: 'callback-secret-callback-secret-callback-secret',
        REDIS_URL: 'redis://:redis-password-9@cache:6379',
        WEBHOOK_SECRET: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      }),
    );
    expect(summary.split('\n')).toHaveLength(1);
    expect(summary).toContain('env=production listen=0.0.0.0:8080 publicUrl=https://gw.example.com');
    expect(summary).toContain('database=postgresql://gw:***@db:5432/gw');
    expect(summary).toContain('duomi=https://duomiapi.com/ callbackSecret=set upstreamConcurrency=16');
    expect(summary).toContain('redis=redis://:***@cache:6379 prefix vg:');
    expect(summary).toContain('metrics=closed cors=same-origin');
    expect(summary).toContain('submitUncertainGraceSeconds=900 resubmitUncertain=true');
    expect(summary).toContain('webhookSecret=set webhookPrivateAddresses=refused');
    for (const secret of [
      'db-password-7',
      'sk-live-key-123',
      'callback-secret-callback',
      'redis-password-9',
      'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    ])
      expect(summary).not.toContain(secret);
  });

  it('says when the simulator, the embedded database and a generated callback secret are in use', () => {
    const summary = summarizeConfig(loadConfig({ DATA_DIR: 'memory://' }));
    expect(summary).toContain('database=embedded memory:// duomi=built-in simulator callbackSecret=generated');
  });
});
