/**
 * Lets a child `node` process run the TypeScript sources directly (node -r ./test/robustness/ts-require.js),
 * so that CLI tests can set per-process state, such as the time zone, that jest's sandbox does not pass on.
 * Transpile-only, like ts-jest's isolatedModules: type errors are the type-check's job.
 */
const fs = require('node:fs');
const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, resolveJsonModule: true },
  });
  module._compile(outputText, filename);
};
