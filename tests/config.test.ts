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

  it('refuse to start production without its own subgraph secret, an OpenID issuer and a mail server', () => {
    const secret = 'a-production-secret-of-forty-characters!!';
    const SMTP_URL = 'smtps://bookings:password@mail.example.kr:465';
    const OIDC_ISSUER = 'https://login.example.kr/realms/staff';
    expect(() => loadSettings({ NODE_ENV: 'production' })).toThrow(/SUBGRAPH_SECRET[\s\S]*OIDC_ISSUER[\s\S]*SMTP_URL/);
    expect(() => loadSettings({ NODE_ENV: 'production', SUBGRAPH_SECRET: secret, SMTP_URL })).toThrow(
      /^Invalid settings:\n {2}OIDC_ISSUER: required in production \(the https URL of the OpenID issuer\)$/,
    );
    expect(() => loadSettings({ NODE_ENV: 'production', SUBGRAPH_SECRET: secret, OIDC_ISSUER })).toThrow(
      /^Invalid settings:\n {2}SMTP_URL: required in production \(smtp:\/\/ or smtps:\/\/\)$/,
    );
    expect(() => loadSettings({ NODE_ENV: 'production', OIDC_ISSUER, SMTP_URL })).toThrow(SettingsError);
    expect(() => loadSettings({ NODE_ENV: 'production', SUBGRAPH_SECRET: 'short', OIDC_ISSUER, SMTP_URL })).toThrow(
      /at least 32/,
    );
    const settings = loadSettings({ NODE_ENV: 'production', SUBGRAPH_SECRET: secret, OIDC_ISSUER, SMTP_URL });
    expect(settings).toMatchObject({
      SUBGRAPH_SECRET: secret,
      OIDC_ISSUER,
      OIDC_AUDIENCE: 'korea-medical-tourism',
      OIDC_ROLE_CLAIM: 'role',
      SMTP_URL,
    });
    // Shared-secret staff tokens are gone: the old setting means nothing, and nothing is derived from it.
    expect(
      loadSettings({ NODE_ENV: 'production', SUBGRAPH_SECRET: secret, OIDC_ISSUER, SMTP_URL, AUTH_SECRET: secret }),
    ).not.toHaveProperty('AUTH_SECRET');
  });

  it('take an OpenID issuer over https, or over http on this machine outside production, and claim names', () => {
    const production = { NODE_ENV: 'production', SUBGRAPH_SECRET: 'x'.repeat(32), SMTP_URL: 'smtps://mail.example.kr' };
    expect(loadSettings({ OIDC_ISSUER: 'http://127.0.0.1:8080/realms/staff' }).OIDC_ISSUER).toBe(
      'http://127.0.0.1:8080/realms/staff',
    );
    expect(loadSettings({ NODE_ENV: 'test', OIDC_ISSUER: 'http://localhost:8080' }).OIDC_ISSUER).toBe(
      'http://localhost:8080',
    );
    expect(() => loadSettings({ OIDC_ISSUER: 'http://login.example.kr' })).toThrow(/OIDC_ISSUER: must be an https/);
    expect(() => loadSettings({ ...production, OIDC_ISSUER: 'http://127.0.0.1:8080' })).toThrow(
      /OIDC_ISSUER: must be an https/,
    );
    expect(() => loadSettings({ OIDC_ISSUER: 'https://user:secret@login.example.kr' })).toThrow(/OIDC_ISSUER/);
    expect(() => loadSettings({ OIDC_ISSUER: 'login.example.kr' })).toThrow(/OIDC_ISSUER: must be the issuer URL/);
    expect(
      loadSettings({ OIDC_ROLE_CLAIM: 'realm_access.roles', OIDC_ORGANISATION_CLAIM: 'https://example.kr/org' }),
    ).toMatchObject({ OIDC_ROLE_CLAIM: 'realm_access.roles', OIDC_ORGANISATION_CLAIM: 'https://example.kr/org' });
    expect(() => loadSettings({ OIDC_REGION_CLAIM: 'region name' })).toThrow(/OIDC_REGION_CLAIM: must be a claim name/);
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
