// jose, openid-client, oidc-provider and http-proxy-middleware ship as ES modules only: Node 20's
// require(esm) loads them at run time, Jest 30 does not before Node 24.9, so Jest compiles them too.
const ESM_ONLY = ['jose', 'openid-client', 'oauth4webapi', 'oidc-provider', 'http-proxy-middleware', 'httpxy', 'is-plain-obj'];
const preset = require('../../jest.preset');
const base = preset.jestProject(__dirname);
module.exports = {
  ...base,
  transform: { '^.+\\.[cm]?[jt]s$': base.transform['^.+\\.ts$'] },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
};
