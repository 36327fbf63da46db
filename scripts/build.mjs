// Builds the bundles with esbuild: the extension for Node and for the browser (vscode.dev), the CLI, and the core library.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
// charset utf8: the word lists are Chinese, and escaped (\uXXXX) each character takes six bytes instead of three.
const common = { bundle: true, minify: true, sourcemap: 'linked', target: 'es2022', logLevel: 'warning', legalComments: 'none', charset: 'utf8' };

/**
 * Every module that imports 'vscode' would get its own copy of the API's ~400 names (esbuild's __toESM of an
 * external CommonJS module), ≈ 0.3 ms each at load. This routes them all through one ES module that re-exports
 * 'vscode', so that the names are copied once.
 */
const vscodeOnce = {
  name: 'vscode-once',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) =>
      args.namespace === 'vscode-once' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-once' });
    build.onLoad({ filter: /.*/, namespace: 'vscode-once' }, () => ({ contents: "export * from 'vscode';", loader: 'js' }));
  },
};

const builds = [
  { ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'], plugins: [vscodeOnce] },
  { ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], plugins: [vscodeOnce] },
  { ...common, entryPoints: ['src/cli/index.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js', platform: 'neutral', format: 'cjs', mainFields: ['module', 'main'] },
];

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('watching src/ …');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
