#!/usr/bin/env bash
# Ensures Node >= 22 and yarn 4 for this repo, without needing either preinstalled.
# Sourced by ./run; exports PATH and the registry/CA settings yarn needs, derived at run time.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS_DIR="$REPO_ROOT/.tools"
NODE_VERSION="24.21.0"
YARN_VERSION="4.13.0"

log() { printf '[toolchain] %s\n' "$*" >&2; }

node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

# Registry and CA come from npm's own config (the machine's, before any downloaded Node is on PATH),
# so no registry host is ever written into the repository.
if command -v npm >/dev/null 2>&1; then
  if [ -z "${YARN_NPM_REGISTRY_SERVER:-}" ]; then
    reg="$(npm config get registry 2>/dev/null || true)"
    [ -n "$reg" ] && [ "$reg" != "undefined" ] && export YARN_NPM_REGISTRY_SERVER="${reg%/}"
  fi
  if [ -z "${NODE_EXTRA_CA_CERTS:-}" ]; then
    ca="$(npm config get cafile 2>/dev/null || true)"
    if [ -n "$ca" ] && [ "$ca" != "null" ] && [ "$ca" != "undefined" ] && [ -f "$ca" ]; then
      export NODE_EXTRA_CA_CERTS="$ca"
    fi
  fi
fi
export YARN_ENABLE_TELEMETRY=0

ensure_node() {
  if command -v node >/dev/null 2>&1 && [ "$(node_major node)" -ge 22 ]; then
    return
  fi
  local dir="$TOOLS_DIR/node-$NODE_VERSION"
  if [ ! -x "$dir/bin/node" ]; then
    local arch
    case "$(uname -m)" in
      x86_64) arch=x64 ;;
      aarch64 | arm64) arch=arm64 ;;
      *) log "unsupported CPU $(uname -m): install Node 22 or 24 yourself"; exit 1 ;;
    esac
    log "fetching Node $NODE_VERSION ($arch) from the npm registry"
    local tmp
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "node-linux-$arch@$NODE_VERSION" >/dev/null)
    mkdir -p "$dir"
    tar -xzf "$tmp"/node-linux-*.tgz -C "$dir" --strip-components=1
    rm -rf "$tmp"
  fi
  export PATH="$dir/bin:$PATH"
  export npm_config_nodedir="$dir"
}

ensure_yarn() {
  if command -v yarn >/dev/null 2>&1 && [[ "$(yarn --version 2>/dev/null)" == 4.* ]]; then
    return
  fi
  local dir="$TOOLS_DIR/yarn-$YARN_VERSION"
  if [ ! -f "$dir/bin/yarn.js" ]; then
    log "fetching yarn $YARN_VERSION from the npm registry"
    local tmp
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "@yarnpkg/cli-dist@$YARN_VERSION" >/dev/null)
    mkdir -p "$dir"
    tar -xzf "$tmp"/yarnpkg-cli-dist-*.tgz -C "$dir" --strip-components=1
    rm -rf "$tmp"
  fi
  mkdir -p "$TOOLS_DIR/bin"
  printf '#!/bin/sh\nexec node "%s/bin/yarn.js" "$@"\n' "$dir" >"$TOOLS_DIR/bin/yarn"
  chmod +x "$TOOLS_DIR/bin/yarn"
  export PATH="$TOOLS_DIR/bin:$PATH"
}

# Installs dependencies only when package.json files or yarn.lock changed since the last install.
ensure_deps() {
  local stamp="$REPO_ROOT/node_modules/.install-stamp"
  local sum
  sum="$(cd "$REPO_ROOT" && cat yarn.lock package.json .yarnrc.yml packages/*/package.json plugins/*/package.json 2>/dev/null | sha1sum | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$sum" ]; then
    return
  fi
  # CI must install exactly the committed lockfile; locally a changed package.json may update it.
  local flags=()
  [ -n "${CI:-}" ] && flags=(--immutable)
  log "installing dependencies (yarn install ${flags[*]:-})"
  (cd "$REPO_ROOT" && yarn install "${flags[@]}")
  echo "$sum" >"$stamp"
}
