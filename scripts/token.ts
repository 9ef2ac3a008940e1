import { parseArgs } from 'node:util';
import { staffSchema } from '../core/auth';
import { loadSettings } from '../core/config';
import { issueDevToken, MAX_TOKEN_LIFETIME_SECONDS } from '../core/oidc';

/**
 * Prints a staff access token signed by the embedded issuer's key (in DATA_DIR), as that issuer would sign it, for
 * development and tests:
 *   npm run --silent token -- --role provider-admin --provider gangnam-lumiere-dermatology
 *   npm run --silent token -- --role tourism-admin --region DAEJEON
 *   npm run --silent token -- --role marketing --organisation daejeon-tourism
 *   npm run --silent token -- --role platform-admin
 */
const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    provider: { type: 'string' },
    region: { type: 'string' },
    organisation: { type: 'string' },
    id: { type: 'string' },
    hours: { type: 'string', default: '8' },
  },
});

const settings = loadSettings();
if (settings.NODE_ENV === 'production' || settings.OIDC_ISSUER) {
  console.error('Refusing to mint tokens for a real identity provider: sign in with it (OIDC_ISSUER).');
  process.exit(1);
}
const staff = staffSchema.safeParse({
  kind: 'staff',
  id: values.id ?? `dev-${values.role ?? 'staff'}`,
  role: values.role,
  provider: values.provider,
  region: values.region?.toUpperCase(),
  organisation: values.organisation,
});
if (!staff.success) {
  console.error('Usage: npm run --silent token -- --role <provider-admin|tourism-admin|marketing|platform-admin>');
  console.error('  with --provider <slug>, --region <REGION> or --organisation <name> as the role needs.');
  console.error(staff.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n'));
  process.exit(2);
}
const hours = Number(values.hours);
if (!(hours > 0 && hours * 3600 <= MAX_TOKEN_LIFETIME_SECONDS)) {
  console.error(
    `--hours must be more than 0 and at most ${MAX_TOKEN_LIFETIME_SECONDS / 3600}: the gateway refuses longer tokens.`,
  );
  process.exit(2);
}
console.log(await issueDevToken(staff.data, { settings, lifetimeSeconds: hours * 3600 }));
