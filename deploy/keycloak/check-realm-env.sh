#!/bin/sh
# Fails unless every ${VAR} placeholder of a realm file is set (and non-empty) in the environment.
# Keycloak's import leaves an unresolved placeholder as literal text, so a missing OPD_SYSTEM_*_SECRET would
# silently become the publicly known string "${OPD_SYSTEM_..._SECRET}" as the client secret.
# Usage: deploy/keycloak/check-realm-env.sh [realm-file]   (default: ppid-realm.json beside this script)
set -eu
file="${1:-$(dirname "$0")/ppid-realm.json}"
missing=0
for var in $(grep -o '\${[A-Z][A-Z0-9_]*}' "$file" | tr -d '${}' | sort -u); do
  eval "value=\${$var:-}"
  if [ -z "$value" ]; then
    echo "missing environment variable: $var" >&2
    missing=1
  fi
done
exit "$missing"
