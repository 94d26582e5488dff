#!/usr/bin/env bash
# Checks a running Keycloak against what the suite expects of realm groenagenda (dev realm):
# per dev user a password-grant token from groenagenda-cli with the right iss, aud, roles, afdeling,
# preferred_username and sub; client credentials for every service account; the 1-second test client.
# Needs curl, jq and openssl. Usage: deploy/keycloak/check-realm.sh   (KEYCLOAK_URL, KEYCLOAK_REALM as elsewhere)
# shellcheck disable=SC2016 # the single-quoted strings are jq programs
set -euo pipefail
KEYCLOAK_URL=${KEYCLOAK_URL:-http://localhost:8180}
KEYCLOAK_REALM=${KEYCLOAK_REALM:-groenagenda}
TOKEN_URL=$KEYCLOAK_URL/realms/$KEYCLOAK_REALM/protocol/openid-connect/token
ISS=$KEYCLOAK_URL/realms/$KEYCLOAK_REALM
failures=0

claims() { # decode a JWT's payload
  local p
  p=$(cut -d. -f2 <<<"$1" | tr '_-' '/+')
  while ((${#p} % 4)); do p+='='; done
  base64 -d <<<"$p"
}
check() { # check <label> <jq boolean expression> <claims json>
  if jq -e "$2" >/dev/null <<<"$3"; then echo "  ok   $1"; else echo "  FAIL $1"; failures=$((failures + 1)); fi
}
common() {
  check "iss = $ISS" ".iss == \"$ISS\"" "$1"
  check "aud has the four APIs" '(.aud | if type == "array" then . else [.] end) as $a
    | ["asset-service","budget-service","agenda-service","workflow"] | all(. as $x | $a | index($x))' "$1"
  check "sub present" '.sub | type == "string" and length > 0' "$1"
}

user_token() { # user_token <client> <user>
  curl -sf "$TOKEN_URL" -d grant_type=password -d "client_id=$1" -d "username=$2" -d "password=$2" | jq -r .access_token
}

while read -r user roles afdeling; do
  echo "user $user"
  c=$(claims "$(user_token groenagenda-cli "$user")")
  common "$c"
  check "preferred_username = $user" ".preferred_username == \"$user\"" "$c"
  check "realm_access.roles = $roles" "(.realm_access.roles | sort) == (\"$roles\" | split(\",\") | sort)" "$c"
  if [[ $afdeling == - ]]; then
    check "no afdeling" '.afdeling == null' "$c"
  else
    check "afdeling = $afdeling" ".afdeling == \"$afdeling\"" "$c"
  fi
done <<'USERS'
medewerker medewerker openbare-ruimte
manager-or afdelingsmanager,medewerker openbare-ruimte
manager-ro afdelingsmanager,medewerker ruimtelijke-ontwikkeling
financien financieel-adviseur -
griffie raad -
beheerder beheerder -
USERS

for client in asset-service budget-service agenda-service workflow; do
  echo "service account $client"
  t=$(curl -sf "$TOKEN_URL" -d grant_type=client_credentials -d "client_id=$client" -d "client_secret=$client-dev-secret" |
    jq -r .access_token)
  c=$(claims "$t")
  common "$c"
  check "azp = $client" ".azp == \"$client\"" "$c"
done

echo "client groenagenda-test-short-lived"
c=$(claims "$(user_token groenagenda-test-short-lived medewerker)")
common "$c"
check "exp - iat = 1" '.exp - .iat == 1' "$c"

echo "client groenagenda-gateway"
code=$(curl -s -o /dev/null -w '%{http_code}' "$TOKEN_URL" -d grant_type=password -d client_id=groenagenda-gateway \
  -d client_secret=groenagenda-gateway-dev-secret -d username=medewerker -d password=medewerker)
if [[ $code == 400 || $code == 401 ]]; then echo "  ok   password grant refused ($code)"; else echo "  FAIL password grant gave $code"; failures=$((failures + 1)); fi
auth=$KEYCLOAK_URL/realms/$KEYCLOAK_REALM/protocol/openid-connect/auth
redirect=http://localhost:8080/login/oauth2/code/keycloak
location=$(curl -s -D - -o /dev/null -G "$auth" -d client_id=groenagenda-gateway -d response_type=code -d scope=openid \
  --data-urlencode "redirect_uri=$redirect" | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
if grep -q 'error=invalid_request.*code_challenge' <<<"$location"; then echo "  ok   authorization request without PKCE refused"; else echo "  FAIL authorization request without PKCE not refused: $location"; failures=$((failures + 1)); fi
# A browser-style login: authorization code + PKCE (S256), login form, code exchange with the client secret.
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
verifier=groenagenda-check-realm-verifier-0123456789-abcdefghijklmnop
challenge=$(printf %s "$verifier" | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '=')
page=$(curl -s -c "$jar" -b "$jar" -G "$auth" -d client_id=groenagenda-gateway -d response_type=code -d scope=openid \
  --data-urlencode "redirect_uri=$redirect" -d code_challenge="$challenge" -d code_challenge_method=S256 -d state=s1)
action=$(grep -o 'id="kc-form-login"[^>]*action="[^"]*"' <<<"$page" | sed 's/.*action="//; s/"$//; s/&amp;/\&/g' || true)
if [[ -z $action ]]; then
  echo "  FAIL no login form"; failures=$((failures + 1))
else
  location=$(curl -s -c "$jar" -b "$jar" -D - -o /dev/null "$action" -d username=manager-or -d password=manager-or -d credentialId= |
    tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
  code=$(sed -n 's/.*[?&]code=\([^&]*\).*/\1/p' <<<"$location")
  if [[ -z $code ]]; then
    echo "  FAIL login did not redirect with a code (required action? location: ${location:-none})"; failures=$((failures + 1))
  else
    echo "  ok   login form redirects to the gateway with a code"
    t=$(curl -sf "$TOKEN_URL" -d grant_type=authorization_code -d client_id=groenagenda-gateway \
      -d client_secret=groenagenda-gateway-dev-secret -d "code=$code" -d "code_verifier=$verifier" \
      --data-urlencode "redirect_uri=$redirect" | jq -r .access_token)
    c=$(claims "$t")
    common "$c"
    check "afdeling = openbare-ruimte" '.afdeling == "openbare-ruimte"' "$c"
    check "azp = groenagenda-gateway" '.azp == "groenagenda-gateway"' "$c"
  fi
fi

if ((failures)); then echo "$failures check(s) failed"; exit 1; fi
echo "all checks passed"
