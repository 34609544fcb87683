#!/usr/bin/env bash
# System packages the tests need (real servers and a real browser), and the local PostgreSQL server
# started with a role for this user. Idempotent; needs root or sudo.
set -euo pipefail
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium chromium-driver)
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
command -v node >/dev/null 2>&1 || need+=(nodejs npm)
if [ ${#need[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
# Front-end libraries for the web UI come from npm, never copied into the repository.
if [ -f casegraph/web/package.json ] && [ ! -d casegraph/web/node_modules ]; then
  (cd casegraph/web && npm install --silent --no-audit --no-fund)
fi

# PostgreSQL for tests/test_postgres.py: the newest installed version's cluster, running, and a
# superuser role named after this login so the tests can create and drop their own databases.
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
version=$(ls /usr/lib/postgresql | sort -V | tail -1)
cluster=$(pg_lsclusters -h | awk -v v="$version" '$1 == v { print $2; exit }')
if [ -z "$cluster" ]; then
  cluster=main
  $SUDO pg_createcluster "$version" "$cluster" >/dev/null
fi
pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $4 }' | grep -q online \
  || $SUDO pg_ctlcluster "$version" "$cluster" start
me=$(id -un)
as_postgres psql -qtAc "SELECT 1 FROM pg_roles WHERE rolname = '$me'" | grep -q 1 \
  || as_postgres psql -qc "CREATE ROLE \"$me\" SUPERUSER LOGIN"
