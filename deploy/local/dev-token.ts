// `npm run token -- --role center-staff --center honam [--user kim] [--committee c-1] [--firm 3148123478] [--name 김민지]`
// prints a bearer token for local use, signed with JWT_SECRET or the development secret (HS256;
// the services refuse it when NODE_ENV=production, where only the gateway's tokens count).
import { parseArgs } from 'node:util';
import { isClaimsRefusal, issueToken, loadAuthConfig, TOKEN_ROLES, userFromClaims } from '@yunghap/platform-nest';

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    user: { type: 'string' },
    name: { type: 'string' },
    center: { type: 'string' },
    committee: { type: 'string', multiple: true },
    firm: { type: 'string' },
    hours: { type: 'string', default: '8' },
  },
});

const claims = {
  sub: values.user ?? `${values.role ?? 'user'}-dev`,
  role: values.role ?? '',
  name: values.name,
  centerId: values.center,
  committeeIds: values.committee,
  firmId: values.firm,
};
const checked = userFromClaims(claims);
if (isClaimsRefusal(checked)) {
  process.stderr.write(
    `token: ${checked.en}\nusage: npm run token -- --role <${TOKEN_ROLES.join('|')}> [--center <id>] [--committee <id>]... [--firm <10 digits>] [--user <id>] [--name <name>]\n`,
  );
  process.exit(2);
}
const hours = Number(values.hours);
process.stdout.write(`${issueToken({ ...claims, role: checked.role }, loadAuthConfig(process.env).jwtSecret, Math.round(hours * 3600))}\n`);
