// How TypeScript becomes JavaScript everywhere (tests, builds): decorators with their metadata,
// which Nest's dependency injection reads, and classes keep their names for logs.
module.exports = {
  jsc: {
    target: 'es2022',
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
};
