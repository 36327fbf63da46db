// Real VS Code without downloads: code-server (VS Code's server + web workbench, installed from npm by
// scripts/setup.sh) on 127.0.0.1 with a random free port and its own fresh folders, driven by Debian's Chromium
// through playwright-core. Shared by run-ext-tests.mjs (mocha in the extension host), ui-check.mjs and start.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, cpSync, mkdtempSync, createWriteStream, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where setup.sh put code-server, and the Node that runs it. Throws with the fix when it is missing. */
export function findCodeServer() {
  const dir = resolve(process.env.CODE_SERVER_DIR ?? join(repoRoot, '.cache', 'code-server'));
  const entry = process.env.CODE_SERVER_BIN ?? join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (!existsSync(entry)) {
    throw new Error(`code-server is not installed (${entry} is missing): run \`npm run setup\` (bash scripts/setup.sh)`);
  }
  const nodeFile = join(dir, 'node-path');
  const node = process.env.CODE_SERVER_NODE ?? (existsSync(nodeFile) ? readFileSync(nodeFile, 'utf8').trim() : process.execPath);
  const version = JSON.parse(readFileSync(join(dir, 'node_modules', 'code-server', 'package.json'), 'utf8')).version;
  return { dir, entry, node, version };
}

/** True when code-server and the project's harness dependencies are in place. */
export function isSetUp() {
  try {
    findCodeServer();
    return existsSync(join(repoRoot, 'node_modules', 'playwright-core'));
  } catch {
    return false;
  }
}

export function runSetup() {
  const r = spawnSync('bash', [join(repoRoot, 'scripts', 'setup.sh')], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`scripts/setup.sh failed (exit ${r.status})`);
}

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_BIN, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) throw new Error('Chromium not found: run `npm run setup` (installs Debian\'s chromium) or set CHROMIUM_BIN');
  return found;
}

/** A fresh folder for one run: runs/<kind>-<time>-<random>/ (gitignored; HARNESS_RUNS_DIR overrides the parent). */
export function createRunDir(kind) {
  const parent = resolve(process.env.HARNESS_RUNS_DIR ?? join(repoRoot, 'runs'));
  mkdirSync(parent, { recursive: true });
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
  const dir = mkdtempSync(join(parent, `${kind}-${stamp}-`));
  // Unix socket paths are limited to ~107 bytes; the server and the git extension put sockets in TMPDIR.
  const tmp = join(dir, 'tmp').length < 60 ? join(dir, 'tmp') : mkdtempSync(join(tmpdir(), 'gw-'));
  for (const d of ['user-data/User', 'extensions', 'xdg-config', 'xdg-data', 'xdg-cache', 'chromium-profile']) {
    mkdirSync(join(dir, d), { recursive: true });
  }
  mkdirSync(tmp, { recursive: true });
  return { dir, tmp };
}

export function removeRunDir(run) {
  rmSync(run.dir, { recursive: true, force: true });
  if (!run.tmp.startsWith(run.dir)) rmSync(run.tmp, { recursive: true, force: true });
}

/** Copies a fixture folder into the run, so tests that edit files never touch the repository. */
export function copyWorkspace(run, source) {
  const target = join(run.dir, 'workspace');
  cpSync(source, target, { recursive: true });
  return target;
}

/**
 * Makes the repository's built extension an installed extension of this run, as a user would have it (no
 * "Extension Development Host" window): the server picks up any <publisher>.<name>-<version> folder in its
 * extensions folder. A link keeps it current with `npm run build` (reload the window to see a rebuild).
 */
export function installFromRepository(run, extensionPath = repoRoot) {
  const manifest = JSON.parse(readFileSync(join(extensionPath, 'package.json'), 'utf8'));
  if (manifest.main && !existsSync(join(extensionPath, manifest.main))) throw new Error(`${manifest.main} not found: run \`npm run build\` first`);
  const id = `${manifest.publisher}.${manifest.name}`;
  symlinkSync(extensionPath, join(run.dir, 'extensions', `${id}-${manifest.version}`), 'dir');
  return id;
}

/**
 * Packages the extension as a .vsix (`vsce package`, what a user is handed) and installs it into this run's
 * extensions folder with code-server's own `--install-extension`, offline. Returns the extension id.
 */
export function installVsix(run, extensionPath = repoRoot) {
  const manifest = JSON.parse(readFileSync(join(extensionPath, 'package.json'), 'utf8'));
  const vsix = join(run.dir, `${manifest.name}-${manifest.version}.vsix`);
  const vsce = join(repoRoot, 'node_modules', '.bin', 'vsce');
  const packed = spawnSync(vsce, ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix],
    { cwd: extensionPath, encoding: 'utf8' });
  if (packed.status !== 0) throw new Error(`vsce package failed:\n${packed.stdout}${packed.stderr}`);
  const cs = findCodeServer();
  writeFileSync(join(run.dir, 'config.yaml'), 'auth: none\ncert: false\n');
  const installed = spawnSync(cs.node, [
    cs.entry, '--config', join(run.dir, 'config.yaml'), '--user-data-dir', join(run.dir, 'user-data'),
    '--extensions-dir', join(run.dir, 'extensions'), '--install-extension', vsix, '--force',
  ], {
    encoding: 'utf8',
    env: { ...process.env, XDG_CONFIG_HOME: join(run.dir, 'xdg-config'), XDG_DATA_HOME: join(run.dir, 'xdg-data'),
      XDG_CACHE_HOME: join(run.dir, 'xdg-cache'), TMPDIR: run.tmp, EXTENSIONS_GALLERY: '{}', VSCODE_CLI: '1' },
  });
  if (installed.status !== 0 || !/successfully installed/i.test(installed.stdout + installed.stderr)) {
    throw new Error(`installing ${vsix} failed:\n${installed.stdout}${installed.stderr}`);
  }
  return `${manifest.publisher}.${manifest.name}`;
}

const quietSettings = {
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'git.enabled': false,
  'window.restoreWindows': 'none',
};

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts code-server for one run: 127.0.0.1 only, no auth, fresh user-data/extensions/XDG/TMPDIR folders,
 * marketplace off. Spawned in its own process group so stop() ends it together with its extension host.
 */
export async function startCodeServer(run, { workspace, env = {}, settings = {}, port, quiet = true, locale } = {}) {
  const cs = findCodeServer();
  port ??= await freePort();
  writeFileSync(join(run.dir, 'config.yaml'), 'auth: none\ncert: false\n');
  writeFileSync(join(run.dir, 'user-data', 'User', 'settings.json'), JSON.stringify({ ...quietSettings, ...settings }, null, 2));
  if (locale) registerLanguagePack(run, locale);
  const childEnv = {
    ...process.env,
    XDG_CONFIG_HOME: join(run.dir, 'xdg-config'),
    XDG_DATA_HOME: join(run.dir, 'xdg-data'),
    XDG_CACHE_HOME: join(run.dir, 'xdg-cache'),
    TMPDIR: run.tmp,
    EXTENSIONS_GALLERY: '{}', // no marketplace: nothing to query offline
    VSCODE_CLI: '1', // else the server runs the login shell to read its environment
    ...env,
  };
  for (const k of ['PASSWORD', 'HASHED_PASSWORD', 'GITHUB_TOKEN', 'PORT', 'VSCODE_IPC_HOOK_CLI']) delete childEnv[k];
  const args = [
    cs.entry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--config', join(run.dir, 'config.yaml'),
    '--user-data-dir', join(run.dir, 'user-data'),
    '--extensions-dir', join(run.dir, 'extensions'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    ...(locale ? ['--locale', locale] : []),
    ...(workspace ? [workspace] : []),
  ];
  const logFile = join(run.dir, 'code-server.log');
  const logStream = createWriteStream(logFile);
  const proc = spawn(cs.node, args, { env: childEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  proc.stdout.pipe(logStream);
  proc.stderr.pipe(logStream);
  if (!quiet) {
    proc.stdout.on('data', (d) => process.stdout.write(d));
    proc.stderr.on('data', (d) => process.stderr.write(d));
  }
  let exited = false;
  proc.on('exit', () => (exited = true));

  const stop = async () => {
    if (exited || proc.pid === undefined) return;
    const done = new Promise((r) => proc.once('exit', r));
    try {
      process.kill(-proc.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-proc.pid, 'SIGKILL');
      } catch {}
    }, 5000);
    await done;
    clearTimeout(timer);
  };

  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited during start-up; see ${logFile}`);
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.ok) break;
    } catch {}
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${base} within 60 s; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return { port, base, proc, stop, logFile, version: cs.version };
}

/**
 * Makes `locale` (e.g. zh-cn) the display language. code-server accepts --locale only for a language listed in
 * <user-data-dir>/languagepacks.json, and VS Code's translation packs cannot be fetched offline; a pack with no
 * translations is enough: vscode.env.language becomes the locale, so extensions use their package.nls.<locale>.json
 * and l10n/bundle.l10n.<locale>.json, while VS Code's own UI stays English.
 */
export function registerLanguagePack(run, locale) {
  const dir = join(run.dir, 'language-pack');
  mkdirSync(dir, { recursive: true });
  const translations = join(dir, 'main.i18n.json');
  writeFileSync(translations, JSON.stringify({ contents: {} }));
  const packs = {
    [locale]: {
      hash: `gongwen-harness-${locale}`,
      extensions: [{ extensionIdentifier: { id: `gongwen-harness.language-pack-${locale}` }, version: '0.0.0' }],
      translations: { vscode: translations },
      label: locale,
    },
  };
  writeFileSync(join(run.dir, 'user-data', 'languagepacks.json'), JSON.stringify(packs, null, 2));
}

/**
 * The workbench URL. Development options go through the payload (code-server's CLI rejects them); their URIs
 * are vscode-remote://<host as the browser sees it>/<server path>, which the server maps to local files.
 */
export function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionDevelopmentKind, extensionTestsPath, openFile }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${resolve(p)}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  // 'web' runs the development extension in the web worker extension host, from its `browser` entry (as vscode.dev does).
  if (extensionDevelopmentKind) payload.push(['extensionDevelopmentKind', extensionDevelopmentKind]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (openFile) payload.push(['openFile', remote(openFile)]);
  payload.push(['skipWelcome', 'true']);
  const q = new URLSearchParams();
  if (folder) q.set('folder', resolve(folder));
  q.set('payload', JSON.stringify(payload));
  return `${server.base}/?${q}`;
}

/**
 * Headless Chromium with a fresh profile. Signal handling stays with us, so Ctrl-C still stops code-server.
 * onExit(code) receives the extension host's exit code (test runs); onLog(level, text) the workbench log and the
 * extension host's console.
 */
export async function launchBrowser(run, { headless = true, onExit, onLog, viewport = { width: 1600, height: 1000 } } = {}) {
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(join(run.dir, 'chromium-profile'), {
    executablePath: chromiumPath(),
    headless,
    viewport,
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    env: { ...process.env, XDG_CONFIG_HOME: join(run.dir, 'chromium-xdg-config'), XDG_CACHE_HOME: join(run.dir, 'chromium-xdg-cache') },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--disable-breakpad', '--disable-crash-reporter',
    ],
  });
  // Newer workbenches honour the payload's development entries only with enableSmokeTestDriver in their
  // configuration; set it before any page script runs (harmless on 1.100).
  await context.addInitScript(() => {
    const orig = Element.prototype.getAttribute;
    Element.prototype.getAttribute = function (name) {
      const v = orig.call(this, name);
      if (name === 'data-settings' && this.id === 'vscode-workbench-web-configuration' && v) {
        try {
          const c = JSON.parse(v);
          c.developmentOptions = { ...(c.developmentOptions || {}), enableSmokeTestDriver: true };
          return JSON.stringify(c);
        } catch {}
      }
      return v;
    };
  });
  // The workbench calls these when they exist: the extension host's exit code at the end of a test run, and logs.
  if (onExit) await context.exposeFunction('codeAutomationExit', (code) => onExit(code));
  if (onLog) await context.exposeFunction('codeAutomationLog', (level, args) => onLog(level, format(...(Array.isArray(args) ? args : [args]))));
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

/**
 * Runs cleanup functions (last registered first) once, on normal exit paths and on SIGINT/SIGTERM/SIGHUP.
 * A signal exits with 128+signal number after cleaning up.
 */
export function createCleanup({ handleSignals = true } = {}) {
  const fns = [];
  let ran = false;
  const run = async () => {
    if (ran) return;
    ran = true;
    for (const fn of fns.reverse()) {
      try {
        await fn();
      } catch {}
    }
  };
  const codes = handleSignals ? { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } : {};
  for (const [sig, code] of Object.entries(codes)) {
    process.on(sig, () => {
      console.error(`\n${sig}: stopping code-server and Chromium`);
      run().finally(() => process.exit(code));
    });
  }
  return { add: (fn) => fns.push(fn), run, get started() { return ran; } };
}

/** Lines of the code-server log that explain a failure (an engines.vscode mismatch shows up there). */
export function interestingLogLines(logFile) {
  try {
    return readFileSync(logFile, 'utf8')
      .split('\n')
      .filter((l) => /not compatible|error|Error/.test(l) && !/vsda|Could not create socket|Server is not running/.test(l))
      .slice(0, 20);
  } catch {
    return [];
  }
}
