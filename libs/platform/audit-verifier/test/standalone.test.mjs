import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { it } from 'node:test';
import { fileURLToPath, URL } from 'node:url';

// An auditor runs this package outside the monorepo, and its verdicts must not depend on the code it checks.
it('imports nothing but Node built-ins and its own files', () => {
  for (const folder of ['../src/', '../bin/']) {
    const dir = new URL(folder, import.meta.url);
    for (const name of readdirSync(dir)) {
      const source = readFileSync(fileURLToPath(new URL(name, dir)), 'utf8');
      for (const [, specifier] of source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/g)) {
        assert.match(specifier, /^(node:|\.\.?\/)/, `${folder}${name} imports ${specifier}`);
      }
    }
  }
  const manifest = JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8'));
  assert.deepEqual([manifest.dependencies, manifest.peerDependencies, manifest.optionalDependencies], [undefined, undefined, undefined]);
});
