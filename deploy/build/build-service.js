#!/usr/bin/env node
// Compiles one service and the libraries it imports to plain CommonJS under dist/<service root>/,
// keeping the workspace layout so the tsconfig path aliases become relative requires.
// Usage: node deploy/build/build-service.js services/grants
// Run the result with: node dist/services/grants/services/grants/src/main.js
const fs = require('node:fs');
const path = require('node:path');
const swc = require('@swc/core');
const { compilerOptions } = require('../../tsconfig.base.json');

const workspaceRoot = path.resolve(__dirname, '../..');
const projectRoot = process.argv[2];
if (!projectRoot || !fs.existsSync(path.join(workspaceRoot, projectRoot, 'src'))) {
  process.stderr.write(`build-service: expected a project root with a src/ folder, got ${JSON.stringify(projectRoot)}\n`);
  process.exit(2);
}
const outDir = path.join(workspaceRoot, 'dist', projectRoot);

const base = require('./swc-options');

// Path aliases become relative requires, resolved from the workspace root.
const swcOptions = { ...base, jsc: { ...base.jsc, baseUrl: workspaceRoot, paths: compilerOptions.paths }, sourceMaps: true };

function* sources(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(full);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.d.ts')) yield full;
  }
}

const roots = [path.join(workspaceRoot, projectRoot, 'src'), path.join(workspaceRoot, 'libs')];
fs.rmSync(outDir, { recursive: true, force: true });
let count = 0;
for (const root of roots) {
  for (const file of sources(root)) {
    const relative = path.relative(workspaceRoot, file);
    const target = path.join(outDir, relative.replace(/\.ts$/, '.js'));
    const { code, map } = swc.transformFileSync(file, { ...swcOptions, filename: file, outputPath: target });
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, `${code}\n//# sourceMappingURL=${path.basename(target)}.map\n`);
    if (map) fs.writeFileSync(`${target}.map`, map);
    count += 1;
  }
}
process.stdout.write(`build-service: ${projectRoot} → ${path.relative(workspaceRoot, outDir)} (${count} files)\n`);
