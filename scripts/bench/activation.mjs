// Module load + activate() of the extension bundle, with a stub 'vscode' module and a fake extension context.
// It measures only the extension's own load and registration cost, not VS Code's. Usage: node activation.mjs EXT_JS
// With `--load-only`, only times require() of the given bundle (e.g. dist/core.js, to see the engine's share) and,
// when it exports analyze(), its first call on a five-line report.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import * as fs from 'node:fs';
import * as path from 'node:path';

const require = createRequire(import.meta.url);
const Module = require('node:module');

/** Any property is another stub; calls and `new` give stubs; iterating gives nothing. */
function stub() {
  const children = new Map();
  const target = function () {};
  return new Proxy(target, {
    get(t, prop) {
      if (prop === Symbol.iterator) return function* () {};
      if (prop === Symbol.toPrimitive) return (hint) => (hint === 'number' ? 0 : '');
      if (prop === 'then') return undefined;
      if (prop === 'prototype') return t.prototype;
      if (!children.has(prop)) children.set(prop, stub());
      return children.get(prop);
    },
    set(t, prop, value) {
      children.set(prop, value);
      return true;
    },
    apply: () => stub(),
    construct: (t, args, newTarget) => instance(Reflect.construct(function () {}, [], newTarget)),
  });
}

// The bundle copies the module's own properties (esbuild's interop), so the top level is a plain object holding
// every name the API declares.
/** An object of a stub class (or a subclass of one): its own members, and a stub for anything else. */
function instance(object) {
  const children = new Map();
  return new Proxy(object, {
    get(o, prop, receiver) {
      if (prop in o || typeof prop === 'symbol' || prop === 'then') return Reflect.get(o, prop, receiver);
      if (!children.has(prop)) children.set(prop, stub());
      return children.get(prop);
    },
  });
}

const vscode = {};
const api = fs.readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
for (const m of api.matchAll(/^\s*export (?:namespace|class|enum|const|function|let) (\w+)/gm)) vscode[m[1]] ??= stub();
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode };

if (process.argv[3] === '--load-only') {
  let t = performance.now();
  const loaded = require(path.resolve(process.argv[2]));
  const load = performance.now() - t;
  // The engine builds some tables on first use: the first analysis after loading is what a user waits for.
  let firstAnalysis;
  if (typeof loaded.analyze === 'function') {
    t = performance.now();
    loaded.analyze('一、总体情况\n（一）主要工作\n全年完成投资12.5亿元，同比增长8%。\n二、下一步打算\n1.加强管理\n');
    firstAnalysis = performance.now() - t;
  }
  console.log(JSON.stringify({ load, firstAnalysis }));
  process.exit(0);
}

const memento = () => ({ get: (_k, d) => d, update: async () => {}, keys: () => [], setKeysForSync() {} });
const ext = path.resolve(process.argv[2]);
const context = {
  subscriptions: [],
  workspaceState: memento(),
  globalState: memento(),
  extensionPath: path.dirname(path.dirname(ext)),
  extensionUri: stub(),
  asAbsolutePath: (p) => path.join(path.dirname(path.dirname(ext)), p),
  storageUri: undefined,
  globalStorageUri: stub(),
  logUri: stub(),
  extensionMode: 1,
  secrets: stub(),
  environmentVariableCollection: stub(),
  extension: stub(),
};

const message = (e) => String(e && e.message ? e.message : e).slice(0, 200);
let error;
let t = performance.now();
let mod;
try {
  mod = require(ext);
} catch (e) {
  error = `load: ${message(e)}`;
}
const load = performance.now() - t;
t = performance.now();
try {
  mod?.activate(context);
} catch (e) {
  error = `activate: ${message(e)}`;
}
const activate = performance.now() - t;
console.log(JSON.stringify({ load, activate, subscriptions: context.subscriptions.length, error }));
