// `npm run token -- --role center-staff --center honam [--user kim] [--committee c-1] [--name 김민지]`
// prints a bearer token for local use, signed with JWT_SECRET or the development secret.
import { parseArgs } from 'node:util';
import { HUMAN_ROLES, issueToken, loadAuthConfig, userFromClaims } from '@yunghap/platform-nest';

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    user: { type: 'string' },
    name: { type: 'string' },
    center: { type: 'string' },
    committee: { type: 'string', multiple: true },
    hours: { type: 'string', default: '8' },
  },
});

const claims = {
  sub: values.user ?? `${values.role ?? 'user'}-dev`,
  role: values.role ?? '',
  name: values.name,
  centerId: values.center,
  committeeIds: values.committee,
};
const checked = userFromClaims(claims);
if (typeof checked === 'string') {
  process.stderr.write(
    `token: ${checked}\nusage: npm run token -- --role <${HUMAN_ROLES.join('|')}> [--center <id>] [--committee <id>]... [--user <id>] [--name <name>]\n`,
  );
  process.exit(2);
}
const hours = Number(values.hours);
process.stdout.write(`${issueToken(claims, loadAuthConfig(process.env).jwtSecret, Math.round(hours * 3600))}\n`);
