#!/usr/bin/env bash
# System packages the tests need (real servers and a real browser). Idempotent; needs root or sudo.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium chromium-driver)
command -v pg_ctlcluster >/dev/null 2>&1 || [ -x /usr/lib/postgresql/15/bin/postgres ] || need+=(postgresql)
command -v node >/dev/null 2>&1 || need+=(nodejs npm)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
# Front-end libraries for the web UI come from npm, never copied into the repository.
if [ -f casegraph/web/package.json ] && [ ! -d casegraph/web/node_modules ]; then
  (cd casegraph/web && npm install --silent --no-audit --no-fund)
fi
