#!/usr/bin/env bash
# Loads the demo data through the gateway, in order:
#   1. deploy/local/demo-data/regional-config.txt: regional categories, sectors, meldpunten, and enforcement's
#      designations and mandates (PUT, as the regio-beheerder)
#   2. deploy/local/demo-data/signals.txt: signals (POST /api/signals with a demo user's token), and
#      anonymous ones (user `-`: POST /api/public/anonymous-signals without a token; prints the case code,
#      and the secret when it is shown, i.e. only on the very first load)
#   3. deploy/local/demo-data/partner-figures/<user>.csv: each region's partner figures (POST
#      /api/monitor/partner-figures as text/csv, as that region's beleidsregisseur <user>); the Idempotency-Key
#      carries the file's checksum, so a re-run replays (200) and a changed file replaces the same source/year (201)
# Needs GATEWAY_URL and KEYCLOAK_URL (deploy/local/up sets them; or: set -a; source
# deploy/local/.run/platform.env; set +a). Uses curl only (jq not required).
# Idempotent: PUT answers 200 every time; signals carry a fixed Idempotency-Key, so 201 (created) and
# 200 (replay) are both fine. 409 idempotency-key-reused means the store holds that signal from an
# older demo-data file (kept; `deploy/local/down --purge` to start afresh). Anything else is a warning.
# Usage: load-demo-data.sh [signals-file [regional-config-file]]
# Exit code: 0 when everything was accepted, 1 otherwise.
set -uo pipefail
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

GATEWAY_URL=${GATEWAY_URL:-http://localhost:8080}
KEYCLOAK_URL=${KEYCLOAK_URL:-http://localhost:${KEYCLOAK_PORT:-8180}}
KEYCLOAK_REALM=${KEYCLOAK_REALM:-$REALM}
DATA=${1:-$LOCAL_DIR/demo-data/signals.txt}
CONFIG=${2:-$LOCAL_DIR/demo-data/regional-config.txt}
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

trim() { local s=$1; s=${s#"${s%%[![:space:]]*}"}; printf '%s' "${s%"${s##*[![:space:]]}"}"; }

# json_field name file -> prints the string value of "name" in the JSON answer (flat fields only)
json_field() { sed -n "s/.*\"$1\" *: *\"\\([^\"]*\\)\".*/\\1/p" "$2" | head -n1; }

resp_file=$(mktemp); trap 'rm -f "$resp_file"' EXIT

# send METHOD PATH TOKEN-or-empty IDEMPOTENCY-KEY-or-empty BODY -> prints the HTTP status; answer in $resp_file.
# Retries while the gateway or the service is still warming up (000/502/503/504) or the public rate limit
# says wait (429).
send() {
  local method=$1 path=$2 tok=$3 key=$4 body=$5 code
  local -a headers=(-H 'Content-Type: application/json' -H 'Accept: application/json')
  [[ -n "$tok" ]] && headers+=(-H "Authorization: Bearer $tok")
  [[ -n "$key" ]] && headers+=(-H "Idempotency-Key: $key")
  for _ in 1 2 3 4; do
    code=$(curl -s -o "$resp_file" -w '%{http_code}' --max-time 30 -X "$method" "$GATEWAY_URL$path" \
      "${headers[@]}" --data-binary "$body") || code=000
    [[ "$code" == 000 || "$code" == 429 || "$code" == 502 || "$code" == 503 || "$code" == 504 ]] || break
    sleep 3
  done
  printf '%s' "$code"
}

problems=0

# --- 1. regional configuration -------------------------------------------------------------------
configured=0
if [[ -f "$CONFIG" ]]; then
  while IFS= read -r line || [[ -n "$line" ]]; do
    [[ -z "${line//[[:space:]]/}" || "$line" == \#* ]] && continue
    user=$(trim "${line%%|*}")
    rest=${line#*|}
    path=$(trim "${rest%%|*}")
    body=$(trim "${rest#*|}")
    tok=$(token_for "$user") || { problems=$((problems + 1)); continue; }
    code=$(send PUT "$path" "$tok" "" "$body")
    if [[ "$code" == 200 ]]; then
      configured=$((configured + 1))
    else
      problems=$((problems + 1))
      warn "demo data: PUT $path as $user -> HTTP $code $(head -c 300 "$resp_file" | tr '\n' ' ')"
    fi
  done <"$CONFIG"
fi

# --- 2. signals ----------------------------------------------------------------------------------
created=0 replayed=0 kept=0
while IFS= read -r line || [[ -n "$line" ]]; do
  [[ -z "${line//[[:space:]]/}" || "$line" == \#* ]] && continue
  key=$(printf '%s' "${line%%|*}" | tr -d '[:space:]')
  rest=${line#*|}
  user=$(printf '%s' "${rest%%|*}" | tr -d '[:space:]')
  body=$(trim "${rest#*|}")
  if [[ "$user" == - ]]; then
    code=$(send POST /api/public/anonymous-signals "" "$key" "$body")
  else
    tok=$(token_for "$user") || { problems=$((problems + 1)); continue; }
    code=$(send POST /api/signals "$tok" "$key" "$body")
  fi
  case $code in
    201) created=$((created + 1)) ;;
    200) replayed=$((replayed + 1)) ;;
    409) if grep -q 'idempotency-key-reused' "$resp_file"; then
           kept=$((kept + 1))
           warn "demo data: $key was loaded from an older demo-data file and is kept as it is"
         else
           problems=$((problems + 1))
           warn "demo data: $key as $user -> HTTP $code $(head -c 300 "$resp_file" | tr '\n' ' ')"
         fi ;;
    *)   problems=$((problems + 1))
         warn "demo data: $key as $user -> HTTP $code $(head -c 300 "$resp_file" | tr '\n' ' ')" ;;
  esac
  if [[ "$user" == - && ( "$code" == 201 || "$code" == 200 ) ]]; then
    case_code=$(json_field caseCode "$resp_file")
    secret=$(json_field secret "$resp_file")
    if [[ -n "$secret" ]]; then
      info "demo data: anonymous signal $key: case code $case_code, secret $secret (shown only this once)"
    else
      info "demo data: anonymous signal $key: case code $case_code (its secret was shown at the first load)"
    fi
  fi
done <"$DATA"

# --- 3. partner figures (monitor) -------------------------------------------------------------------
PARTNER_FIGURES=${PARTNER_FIGURES:-$LOCAL_DIR/demo-data/partner-figures}
figures=0
if [[ -d "$PARTNER_FIGURES" ]]; then
  for file in "$PARTNER_FIGURES"/*.csv; do
    [[ -f "$file" ]] || continue
    user=$(basename "$file" .csv)
    tok=$(token_for "$user") || { problems=$((problems + 1)); continue; }
    key="demo-partner-figures-$user-$(sha256sum "$file" | cut -c1-16)"
    for _ in 1 2 3 4; do
      code=$(curl -s -o "$resp_file" -w '%{http_code}' --max-time 30 -X POST "$GATEWAY_URL/api/monitor/partner-figures" \
        -H 'Content-Type: text/csv' -H 'Accept: application/json' -H "Authorization: Bearer $tok" \
        -H "Idempotency-Key: $key" --data-binary "@$file") || code=000
      [[ "$code" == 000 || "$code" == 429 || "$code" == 502 || "$code" == 503 || "$code" == 504 ]] || break
      sleep 3
    done
    if [[ "$code" == 201 || "$code" == 200 ]]; then
      figures=$((figures + 1))
    else
      problems=$((problems + 1))
      warn "demo data: partner figures $(basename "$file") as $user -> HTTP $code $(head -c 300 "$resp_file" | tr '\n' ' ')"
    fi
  done
fi

msg="demo data: $configured regional setting(s) stored; $created signal(s) created, $replayed already present"
((kept > 0)) && msg+=", $kept kept from an older demo-data file"
msg+="; partner figures of $figures region(s) imported"
if ((problems > 0)); then warn "$msg, $problems not accepted"; exit 1; fi
ok "$msg"
