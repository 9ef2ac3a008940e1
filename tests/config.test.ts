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

  it('refuse to start production without its own subgraph and sign-in secrets and a mail server', () => {
    const secret = 'a-production-secret-of-forty-characters!!';
    const SMTP_URL = 'smtps://bookings:password@mail.example.kr:465';
    expect(() => loadSettings({ NODE_ENV: 'production' })).toThrow(/SUBGRAPH_SECRET[\s\S]*AUTH_SECRET[\s\S]*SMTP_URL/);
    expect(() => loadSettings({ NODE_ENV: 'production', SUBGRAPH_SECRET: secret, AUTH_SECRET: `${secret}2` })).toThrow(
      /^Invalid settings:\n {2}SMTP_URL: required in production \(smtp:\/\/ or smtps:\/\/\)$/,
    );
    expect(() => loadSettings({ NODE_ENV: 'production', SUBGRAPH_SECRET: secret })).toThrow(SettingsError);
    expect(() => loadSettings({ NODE_ENV: 'production', SUBGRAPH_SECRET: 'short', AUTH_SECRET: secret })).toThrow(
      /at least 32/,
    );
    const settings = loadSettings({
      NODE_ENV: 'production',
      SUBGRAPH_SECRET: secret,
      AUTH_SECRET: `${secret}2`,
      SMTP_URL,
    });
    expect(settings).toMatchObject({ SUBGRAPH_SECRET: secret, AUTH_SECRET: `${secret}2`, SMTP_URL });
  });

  it('derive the mailbox and the public origin, and refuse a mail setting that is not one by name', () => {
    expect(loadSettings({ DATA_DIR: '/srv/data', HOST: '0.0.0.0', GATEWAY_PORT: '8080' })).toMatchObject({
      MAIL_FROM: 'Korea Medical Tourism <bookings@localhost>',
      MAILBOX_DIR: '/srv/data/mailbox',
      PUBLIC_URL: 'http://0.0.0.0:8080',
      MAIL_POLL_MS: 1000,
      MAIL_RETRY_MAX_SECONDS: 30,
    });
    expect(loadSettings({ PUBLIC_URL: 'https://graph.example.kr/', MAIL_FROM: 'bookings@example.kr' })).toMatchObject({
      PUBLIC_URL: 'https://graph.example.kr',
      MAIL_FROM: 'bookings@example.kr',
    });
    expect(() => loadSettings({ SMTP_URL: 'http://mail.example.kr' })).toThrow(/SMTP_URL: must be an smtp:\/\//);
    expect(() => loadSettings({ MAIL_FROM: 'Bookings' })).toThrow(/MAIL_FROM: must be an e-mail address/);
    expect(() => loadSettings({ MAIL_FROM: 'Bookings <a@b.kr>\r\nBcc: x@y.kr' })).toThrow(/MAIL_FROM/);
    expect(() => loadSettings({ MAIL_RETRY_MAX_SECONDS: '61' })).toThrow(/MAIL_RETRY_MAX_SECONDS/);
    expect(() => loadSettings({ PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/PUBLIC_URL/);
  });

  it('read trusted proxies as addresses and CIDR blocks, and refuse anything else by name', () => {
    expect(loadSettings({ TRUSTED_PROXIES: ' 10.0.0.0/8, 2001:db8::1 ,192.168.1.1 ' }).TRUSTED_PROXIES).toEqual([
      '10.0.0.0/8',
      '2001:db8::1',
      '192.168.1.1',
    ]);
    expect(loadSettings({}).TRUSTED_PROXIES).toEqual([]);
    for (const bad of ['10.0.0.0/33', 'proxy.internal', '10.0.0.1/8/1', '2001:db8::/129', '10.0.0.0/', '1.2.3.4:80']) {
      expect(() => loadSettings({ TRUSTED_PROXIES: bad }), bad).toThrow(`TRUSTED_PROXIES: "${bad}" is not an IP`);
    }
    // Among good entries, only the bad one is named.
    expect(() => loadSettings({ TRUSTED_PROXIES: '10.0.0.1, proxy.internal, 192.168.0.0/16' })).toThrow(
      /^Invalid settings:\n {2}TRUSTED_PROXIES: "proxy\.internal" is not an IP address or CIDR block[^\n]*$/,
    );
  });
});
