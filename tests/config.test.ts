import { describe, expect, it } from 'vitest';
import { loadSettings, SettingsError } from '../core/config';

describe('settings', () => {
  it('use the documented defaults', () => {
    const settings = loadSettings({});
    expect(settings).toMatchObject({
      GATEWAY_PORT: 4000,
      PROVIDERS_PORT: 4001,
      DATA_DIR: './.data',
      NODE_ENV: 'development',
    });
  });

  it('name the variable that has a bad value', () => {
    expect(() => loadSettings({ GATEWAY_PORT: 'eighty' })).toThrow(/GATEWAY_PORT/);
  });

  it('refuse to start production without its own subgraph secret', () => {
    expect(() => loadSettings({ NODE_ENV: 'production' })).toThrow(SettingsError);
    expect(() => loadSettings({ NODE_ENV: 'production', SUBGRAPH_SECRET: 'short' })).toThrow(/at least 32/);
    const secret = 'a-production-secret-of-forty-characters!!';
    expect(loadSettings({ NODE_ENV: 'production', SUBGRAPH_SECRET: secret }).SUBGRAPH_SECRET).toBe(secret);
  });
});
