#!/usr/bin/env python3
"""Generates deploy/keycloak/mensenhandel-realm.json (the realm imported by Keycloak at start).

    python3 deploy/keycloak/generate-realm.py > deploy/keycloak/mensenhandel-realm.json

The JSON file is what Keycloak reads and what is committed; this script exists because the user
profile is a JSON document embedded as a string inside the realm JSON, which is error-prone to
edit by hand. Change this script, regenerate, and check the diff.

Design notes (measured on Keycloak 26.5.6):
- No "clientScopes" section: giving one makes Keycloak skip creating its built-in scopes (roles,
  profile, email, basic with "sub", ...). So the audience and tenancy-claim mappers sit on each
  client instead of in a shared scope. A new client must get API_MAPPERS too.
- Tenancy attributes are declared in the user profile, view for the user, edit for admins only,
  so a user cannot change their own region or municipalities through the account console.
- Client secrets and the gateway's public URL use Keycloak's import placeholders ${ENV:default}:
  the environment of the Keycloak process at import wins (GATEWAY_CLIENT_SECRET,
  HUMANITAS_CLIENT_SECRET, GATEWAY_PUBLIC_URL); the defaults are for local demo runs.
- Descriptions must stay <= 255 characters (database column size).
"""
import json
import sys

REGIONS = ["zaanstreek-waterland", "kennemerland", "ijsselland", "rotterdam"]
ROLES = [
 ("melder", "Reports a signal (melding) of possible trafficking."),
 ("aandachtsfunctionaris", "Municipal trafficking contact (AF): receives, enriches and routes signals of their municipalities."),
 ("casustafel", "Member of the weighing table (weeg- en monitortafel / signalenoverleg): weighs cases, monitors tracks."),
 ("zorgcoordinator", "Regional care coordinator: care trajectories, shelter placements, reports to CoMensha."),
 ("zorgaanbieder", "Care provider (through the coordination API): capacity and placements of its own provider."),
 ("handhaver", "Inspector / enforcement officer: integrated inspections, findings, measures."),
 ("beleidsregisseur", "Regional policy director (ketenregisseur): unblocks stuck cases, owns the monitor."),
 ("monitor-lezer", "Read-only access to the aggregated regional monitor."),
 ("regio-beheerder", "Regional administrator: regional configuration (categories, municipalities, providers)."),
 ("privacy-officer", "Privacy officer of the region: queries and verifies the access log per data subject and per user; sees no case data."),
]

user_profile = {
 "unmanagedAttributePolicy": "ADMIN_VIEW",
 "attributes": [
  {"name": "username", "displayName": "${username}",
   "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]},
   "validations": {"length": {"min": 3, "max": 255}, "username-prohibited-characters": {}, "up-username-not-idn-homograph": {}}},
  {"name": "email", "displayName": "${email}", "required": {"roles": ["user"]},
   "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]},
   "validations": {"email": {}, "length": {"max": 255}}},
  {"name": "firstName", "displayName": "${firstName}", "required": {"roles": ["user"]},
   "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]},
   "validations": {"length": {"max": 255}, "person-name-prohibited-characters": {}}},
  {"name": "lastName", "displayName": "${lastName}", "required": {"roles": ["user"]},
   "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]},
   "validations": {"length": {"max": 255}, "person-name-prohibited-characters": {}}},
  {"name": "region", "displayName": "Regio (tenant)", "group": "mensenhandel",
   "permissions": {"view": ["admin", "user"], "edit": ["admin"]},
   "validations": {"options": {"options": REGIONS}},
   "annotations": {"inputType": "select"}, "multivalued": False},
  {"name": "municipalities", "displayName": "Gemeenten (CBS-code, GMxxxx)", "group": "mensenhandel",
   "permissions": {"view": ["admin", "user"], "edit": ["admin"]},
   "validations": {"pattern": {"pattern": "^GM[0-9]{4}$", "error-message": "Use a CBS municipality code like GM0479"}},
   "multivalued": True},
  {"name": "organisation", "displayName": "Organisatie", "group": "mensenhandel",
   "permissions": {"view": ["admin", "user"], "edit": ["admin"]},
   "validations": {"length": {"max": 255}}, "multivalued": False},
  {"name": "provider", "displayName": "Zorgaanbieder-id (care providers only)", "group": "mensenhandel",
   "permissions": {"view": ["admin", "user"], "edit": ["admin"]},
   "validations": {"pattern": {"pattern": "^[a-z0-9-]+$", "error-message": "lower-case id like humanitas-rotterdam"}},
   "multivalued": False},
 ],
 "groups": [
  {"name": "user-metadata", "displayHeader": "User metadata", "displayDescription": "Attributes, which refer to user metadata"},
  {"name": "mensenhandel", "displayHeader": "Mensenhandel tenancy",
   "displayDescription": "Tenancy and need-to-know attributes; become token claims; only administrators may change them"},
 ],
}

def attr_mapper(name, multivalued=False):
    return {"name": name, "protocol": "openid-connect", "protocolMapper": "oidc-usermodel-attribute-mapper",
            "consentRequired": False,
            "config": {"user.attribute": name, "claim.name": name, "jsonType.label": "String",
                       "multivalued": "true" if multivalued else "false", "aggregate.attrs": "false",
                       "access.token.claim": "true", "id.token.claim": "true",
                       "userinfo.token.claim": "true", "introspection.token.claim": "true",
                       "lightweight.claim": "false"}}

def hardcoded(name, value):
    return {"name": "hardcoded " + name, "protocol": "openid-connect", "protocolMapper": "oidc-hardcoded-claim-mapper",
            "consentRequired": False,
            "config": {"claim.name": name, "claim.value": value, "jsonType.label": "String",
                       "access.token.claim": "true", "id.token.claim": "true",
                       "userinfo.token.claim": "true", "introspection.token.claim": "true",
                       "lightweight.claim": "false"}}

API_MAPPERS = [
  {"name": "audience mensenhandel-api", "protocol": "openid-connect", "protocolMapper": "oidc-audience-mapper",
   "consentRequired": False,
   "config": {"included.custom.audience": "mensenhandel-api", "access.token.claim": "true",
              "id.token.claim": "false", "introspection.token.claim": "true", "lightweight.claim": "false"}},
  attr_mapper("region"), attr_mapper("municipalities", True), attr_mapper("organisation"), attr_mapper("provider"),
]

def client(cid, name, description, **kw):
    c = {"clientId": cid, "name": name, "description": description, "enabled": True, "protocol": "openid-connect",
         "publicClient": False, "bearerOnly": False, "consentRequired": False,
         "standardFlowEnabled": False, "implicitFlowEnabled": False, "directAccessGrantsEnabled": False,
         "serviceAccountsEnabled": False, "frontchannelLogout": True, "fullScopeAllowed": True,
         "redirectUris": [], "webOrigins": [], "attributes": {},
         "protocolMappers": list(API_MAPPERS)}
    extra = kw.pop("protocolMappers", None)
    c.update(kw)
    if extra is not None:  # machine clients: audience + hardcoded claims only
        c["protocolMappers"] = [API_MAPPERS[0]] + extra
    return c

clients = [
 client("gateway", "API gateway (BFF)",
        "Confidential BFF client of the gateway (tokens never reach the browser). Secret from env GATEWAY_CLIENT_SECRET at import; "
        "the default gateway-demo-secret is a DEMO secret for local runs only.",
        clientAuthenticatorType="client-secret", secret="${GATEWAY_CLIENT_SECRET:gateway-demo-secret}", standardFlowEnabled=True,
        redirectUris=["${GATEWAY_PUBLIC_URL:http://localhost:8080}/*"], webOrigins=["+"],
        attributes={"post.logout.redirect.uris": "${GATEWAY_PUBLIC_URL:http://localhost:8080}/*"}),
 client("platform-cli", "Platform CLI (demo and tests only)",
        "Public client with the password grant (direct access grants) ONLY for the local demo, demo-data loading and "
        "system tests. Disable or delete this client in production.",
        publicClient=True, directAccessGrantsEnabled=True),
 client("field-app", "Field app for inspectors",
        "Public client for field tools (integrated inspections). Authorization code flow with PKCE S256 required.",
        publicClient=True, standardFlowEnabled=True,
        redirectUris=["http://localhost:*", "http://127.0.0.1:*"], webOrigins=["+"],
        attributes={"pkce.code.challenge.method": "S256", "post.logout.redirect.uris": "http://localhost:*"}),
 client("care-provider-humanitas", "Care provider Humanitas Rotterdam (coordination API)",
        "Care provider system, client credentials only; service account role zorgaanbieder; region/provider/organisation "
        "are hardcoded claims. Secret from env HUMANITAS_CLIENT_SECRET at import; default humanitas-demo-secret is a DEMO secret.",
        clientAuthenticatorType="client-secret", secret="${HUMANITAS_CLIENT_SECRET:humanitas-demo-secret}", serviceAccountsEnabled=True,
        attributes={"client.use.lightweight.access.token.enabled": "false"},
        protocolMappers=[hardcoded("region", "rotterdam"), hardcoded("provider", "humanitas-rotterdam"),
                         hardcoded("organisation", "Humanitas")]),
 client("care-provider-querido", "Care provider HVO Querido (coordination API)",
        "Care provider system, client credentials only; service account role zorgaanbieder; region zaanstreek-waterland. "
        "Secret from env QUERIDO_CLIENT_SECRET at import; default querido-demo-secret is a DEMO secret.",
        clientAuthenticatorType="client-secret", secret="${QUERIDO_CLIENT_SECRET:querido-demo-secret}", serviceAccountsEnabled=True,
        attributes={"client.use.lightweight.access.token.enabled": "false"},
        protocolMappers=[hardcoded("region", "zaanstreek-waterland"), hardcoded("provider", "hvo-querido"),
                         hardcoded("organisation", "HVO Querido")]),
 client("care-provider-scharlakenkoord", "Care provider Scharlaken Koord (coordination API)",
        "Care provider system, client credentials only; service account role zorgaanbieder; region kennemerland. "
        "Secret from env SCHARLAKENKOORD_CLIENT_SECRET at import; default scharlakenkoord-demo-secret is a DEMO secret.",
        clientAuthenticatorType="client-secret", secret="${SCHARLAKENKOORD_CLIENT_SECRET:scharlakenkoord-demo-secret}",
        serviceAccountsEnabled=True, attributes={"client.use.lightweight.access.token.enabled": "false"},
        protocolMappers=[hardcoded("region", "kennemerland"), hardcoded("provider", "scharlaken-koord"),
                         hardcoded("organisation", "Scharlaken Koord")]),
]

# DEMO AND TESTS ONLY: a password-grant client whose tokens lack the API audience. The attack suite uses it to
# show that a genuine, correctly signed token of this realm that was not issued for the API is refused.
clients.append(client("platform-cli-no-audience", "Token without API audience (tests only)",
        "Public password-grant client WITHOUT the mensenhandel-api audience, for the attack suite only. Never in production.",
        publicClient=True, directAccessGrantsEnabled=True))
clients[-1]["protocolMappers"] = list(API_MAPPERS[1:])  # the tenancy claims, not the audience

U = [
 # username, region, municipalities, organisation, role, first, last
 ("af.zaanstad", "zaanstreek-waterland", ["GM0479"], "Gemeente Zaanstad", "aandachtsfunctionaris", "Demo", "AF Zaanstad"),
 ("af.oostzaan-wormerland", "zaanstreek-waterland", ["GM0431", "GM0880"], "Gemeente Oostzaan", "aandachtsfunctionaris", "Demo", "AF Oostzaan en Wormerland"),
 ("melder.zaanstad", "zaanstreek-waterland", ["GM0479"], "Gemeente Zaanstad", "melder", "Demo", "Melder Zaanstad"),
 ("af.purmerend", "zaanstreek-waterland", ["GM0439"], "Gemeente Purmerend", "aandachtsfunctionaris", "Demo", "AF Purmerend"),
 ("af.heemstede", "kennemerland", ["GM0397"], "Gemeente Heemstede", "aandachtsfunctionaris", "Demo", "AF Heemstede"),
 ("af.zwolle", "ijsselland", ["GM0193"], "Gemeente Zwolle", "aandachtsfunctionaris", "Demo", "AF Zwolle"),
 ("af.rotterdam", "rotterdam", ["GM0599"], "Gemeente Rotterdam", "aandachtsfunctionaris", "Demo", "AF Rotterdam"),
 ("zc.zaanstreek", "zaanstreek-waterland", [], "HVO Querido", "zorgcoordinator", "Demo", "Zorgcoordinator Zaanstreek"),
 ("handhaver.zaanstad", "zaanstreek-waterland", ["GM0479"], "Gemeente Zaanstad", "handhaver", "Demo", "Handhaver Zaanstad"),
 ("regisseur.zaanstreek", "zaanstreek-waterland", [], "Regio Zaanstreek-Waterland", "beleidsregisseur", "Demo", "Beleidsregisseur Zaanstreek"),
 ("beheer.zaanstreek", "zaanstreek-waterland", [], "Regio Zaanstreek-Waterland", "regio-beheerder", "Demo", "Regiobeheerder Zaanstreek"),
 ("casustafel.zaanstreek", "zaanstreek-waterland", [], "Zorg- en Veiligheidshuis Zaanstreek-Waterland", "casustafel", "Demo", "Casustafel Zaanstreek"),
 ("monitor.zaanstreek", "zaanstreek-waterland", [], "Regio Zaanstreek-Waterland", "monitor-lezer", "Demo", "Monitor Zaanstreek"),
 ("privacy.zaanstreek", "zaanstreek-waterland", [], "Regio Zaanstreek-Waterland", "privacy-officer", "Demo", "Privacy officer Zaanstreek"),
 # a second region with every role, so the attack suite can check two regions x every role
 ("melder.heemstede", "kennemerland", ["GM0397"], "Gemeente Heemstede", "melder", "Demo", "Melder Heemstede"),
 ("handhaver.heemstede", "kennemerland", ["GM0397"], "Gemeente Heemstede", "handhaver", "Demo", "Handhaver Heemstede"),
 ("zc.kennemerland", "kennemerland", [], "HVO Querido", "zorgcoordinator", "Demo", "Zorgcoordinator Kennemerland"),
 ("casustafel.kennemerland", "kennemerland", [], "Veiligheidshuis Kennemerland", "casustafel", "Demo", "Casustafel Kennemerland"),
 ("regisseur.kennemerland", "kennemerland", [], "Regio Kennemerland", "beleidsregisseur", "Demo", "Beleidsregisseur Kennemerland"),
 ("beheer.kennemerland", "kennemerland", [], "Regio Kennemerland", "regio-beheerder", "Demo", "Regiobeheerder Kennemerland"),
 ("monitor.kennemerland", "kennemerland", [], "Regio Kennemerland", "monitor-lezer", "Demo", "Monitor Kennemerland"),
 ("privacy.kennemerland", "kennemerland", [], "Regio Kennemerland", "privacy-officer", "Demo", "Privacy officer Kennemerland"),
]

users = []
for (un, region, munis, org, role, first, last) in U:
    attrs = {"region": [region], "organisation": [org]}
    if munis:
        attrs["municipalities"] = munis
    users.append({"username": un, "enabled": True, "emailVerified": True,
                  "firstName": first, "lastName": last, "email": un + "@demo.mensenhandel.example",
                  "attributes": attrs,
                  "credentials": [{"type": "password", "value": "demo", "temporary": False}],
                  "requiredActions": [],
                  "realmRoles": ["default-roles-mensenhandel", role]})
for provider_client in ("care-provider-humanitas", "care-provider-querido", "care-provider-scharlakenkoord"):
    users.append({"username": "service-account-" + provider_client, "enabled": True,
                  "serviceAccountClientId": provider_client,
                  "realmRoles": ["default-roles-mensenhandel", "zorgaanbieder"]})

realm = {
 "realm": "mensenhandel",
 "displayName": "Aanpak mensenhandel",
 "enabled": True,
 "sslRequired": "external",
 "registrationAllowed": False,
 "loginWithEmailAllowed": True,
 "duplicateEmailsAllowed": False,
 "resetPasswordAllowed": False,
 "editUsernameAllowed": False,
 "rememberMe": False,
 "verifyEmail": False,
 "bruteForceProtected": True,
 "permanentLockout": False,
 "failureFactor": 30,
 "accessTokenLifespan": 900,
 "ssoSessionIdleTimeout": 1800,
 "ssoSessionMaxLifespan": 36000,
 "internationalizationEnabled": True,
 "supportedLocales": ["nl", "en"],
 "defaultLocale": "nl",
 "roles": {"realm": [{"name": n, "description": d, "composite": False, "clientRole": False} for n, d in ROLES]},
 "clients": clients,
 "users": users,
 "components": {
   "org.keycloak.userprofile.UserProfileProvider": [
     {"providerId": "declarative-user-profile", "subComponents": {},
      "config": {"kc.user.profile.config": [json.dumps(user_profile, separators=(",", ":"))]}}
   ]
 },
}
for c in clients:
    assert len(c["description"]) <= 255 and len(c["name"]) <= 255, (c["clientId"], len(c["description"]))
for r in realm["roles"]["realm"]:
    assert len(r["description"]) <= 255, r["name"]
json.dump(realm, sys.stdout, indent=2, ensure_ascii=False)
print()
