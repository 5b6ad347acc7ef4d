#!/usr/bin/env bash
# Posts the demo signals of deploy/local/demo-data/signals.txt through the gateway.
# Needs GATEWAY_URL and KEYCLOAK_URL (deploy/local/up sets them; or: set -a; source
# deploy/local/.run/platform.env; set +a). Uses curl only (jq not required).
# Answers 201 (created) and 200 (idempotent replay) are fine; anything else is a warning.
# Exit code: 0 when every signal was accepted, 1 otherwise.
set -uo pipefail
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

GATEWAY_URL=${GATEWAY_URL:-http://localhost:8080}
KEYCLOAK_URL=${KEYCLOAK_URL:-http://localhost:${KEYCLOAK_PORT:-8180}}
KEYCLOAK_REALM=${KEYCLOAK_REALM:-$REALM}
DATA=${1:-$LOCAL_DIR/demo-data/signals.txt}
TOKEN_URL="$KEYCLOAK_URL/realms/$KEYCLOAK_REALM/protocol/openid-connect/token"

declare -A TOKENS=()
token_for() { # username -> prints access token
  if [[ -z "${TOKENS[$1]:-}" ]]; then
    local resp
    resp=$(curl -s --max-time 20 "$TOKEN_URL" -d grant_type=password -d client_id=platform-cli \
      --data-urlencode "username=$1" -d password=demo) || return 1
    TOKENS[$1]=$(printf '%s' "$resp" | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p')
    [[ -n "${TOKENS[$1]}" ]] || { warn "demo data: no token for $1: ${resp:0:200}"; return 1; }
  fi
  printf '%s' "${TOKENS[$1]}"
}

created=0 replayed=0 problems=0
resp_file=$(mktemp); trap 'rm -f "$resp_file"' EXIT
while IFS= read -r line || [[ -n "$line" ]]; do
  [[ -z "${line//[[:space:]]/}" || "$line" == \#* ]] && continue
  key=$(printf '%s' "${line%%|*}" | tr -d '[:space:]')
  rest=${line#*|}
  user=$(printf '%s' "${rest%%|*}" | tr -d '[:space:]')
  body=${rest#*|}; body=${body#"${body%%[![:space:]]*}"}
  tok=$(token_for "$user") || { problems=$((problems + 1)); continue; }
  for _ in 1 2 3; do
    code=$(curl -s -o "$resp_file" -w '%{http_code}' --max-time 30 -X POST "$GATEWAY_URL/api/signals" \
      -H "Authorization: Bearer $tok" -H 'Content-Type: application/json' -H 'Accept: application/json' \
      -H "Idempotency-Key: $key" --data-binary "$body") || code=000
    [[ "$code" == 000 || "$code" == 502 || "$code" == 503 || "$code" == 504 ]] || break
    sleep 3   # gateway or service still warming up
  done
  case $code in
    201) created=$((created + 1)) ;;
    200) replayed=$((replayed + 1)) ;;
    *)   problems=$((problems + 1))
         warn "demo data: $key as $user -> HTTP $code $(head -c 300 "$resp_file" | tr '\n' ' ')" ;;
  esac
done <"$DATA"

msg="demo data: $created signal(s) created, $replayed already present"
if ((problems > 0)); then warn "$msg, $problems not accepted"; exit 1; fi
ok "$msg"
