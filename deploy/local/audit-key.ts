// `npm run -s audit:key -- <name>`: a new signing key for the audit log (AUDIT_SIGNING_KEY), then
// the verifier keys each service's log will publish. Keep the first line secret; see docs/audit.md §4.
import { deriveNoteKeyPair, generateNoteKeyPair } from '@yunghap/transparency-log';
import { SERVICE_DEFAULT_PORTS } from '@yunghap/platform-nest';

const name = process.argv[2];
if (!name) {
  process.stderr.write('usage: npm run -s audit:key -- <deployment name, e.g. audit.yunghap.example>\n');
  process.exit(2);
}
const { signerKey } = generateNoteKeyPair(name);
process.stdout.write(`${signerKey}\n`);
for (const service of Object.keys(SERVICE_DEFAULT_PORTS)) process.stderr.write(`# ${deriveNoteKeyPair(signerKey, `${name}/${service}`).verifierKey}\n`);
