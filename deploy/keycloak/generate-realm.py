#!/usr/bin/env python3
"""Generates the two realm files of realm "mensenhandel" that Keycloak imports at start:

    python3 deploy/keycloak/generate-realm.py          # writes both files next to this script
    python3 deploy/keycloak/generate-realm.py --check  # fails when a committed file is out of date

- mensenhandel-realm.json             LOCAL/DEMO only (deploy/local/up, system tests): demo users with
                                      password "demo", the password-grant clients platform-cli and
                                      platform-cli-no-audience, demo defaults for every client secret.
- mensenhandel-realm.production.json  compose, k8s, any real deployment: no users except the care
                                      providers' service accounts, no password-grant client, secrets
                                      and URLs only from the environment (no defaults), password policy,
                                      OTP for every staff member (WebAuthn allowed), events stored,
                                      brute-force lockout, no offline_access by default, explicit
                                      role scopes instead of full scope, narrowed redirect URIs.

The JSON files are what Keycloak reads and what is committed; this script exists because the user
profile is a JSON document embedded as a string inside the realm JSON, and because both realms must
share roles, claims and clients (one definition, two shapes). Change this script, regenerate, check
the diff.

Design notes (measured on Keycloak 26.5.6):
- No "clientScopes" section: giving one makes Keycloak skip creating its built-in scopes (roles,
  profile, email, basic with "sub", ...). So the audience and tenancy-claim mappers sit on each
  client instead of in a shared scope. A new client must get API_MAPPERS too.
- Tenancy attributes are declared in the user profile, view for the user, edit for admins only,
  so a user cannot change their own region or municipalities through the account console.
- Client secrets and URLs use Keycloak's import placeholders. The demo realm has ${ENV:default}
  (the environment of the Keycloak process at import wins). The production realm has ${ENV} without
  a default: Keycloak 26.5.6 then imports the placeholder text literally (it does NOT fail), so the
  deployments refuse to start without the variable (compose ${VAR:?}, k8s secretKeyRef) and
  deploy/keycloak/verify-production-realm proves both.
- Giving "authenticationFlows" replaces ALL of Keycloak's built-in flows, and giving "requiredActions"
  replaces the built-in list; see production_flows() and REQUIRED_ACTIONS.
- Descriptions must stay <= 255 characters (database column size).
"""
import json
import os
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

U = [
 # username, region, municipalities, organisation, role, first, last
 ("af.zaanstad", "zaanstreek-waterland", ["GM0479"], "Gemeente Zaanstad", "aandachtsfunctionaris", "Demo", "AF Zaanstad"),
 ("af.oostzaan-wormerland", "zaanstreek-waterland", ["GM0431", "GM0880"], "Gemeente Oostzaan", "aandachtsfunctionaris", "Demo", "AF Oostzaan en Wormerland"),
 ("melder.zaanstad", "zaanstreek-waterland", ["GM0479"], "Gemeente Zaanstad", "melder", "Demo", "Melder Zaanstad"),
 ("af.purmerend", "zaanstreek-waterland", ["GM0439"], "Gemeente Purmerend", "aandachtsfunctionaris", "Demo", "AF Purmerend"),
 ("af.heemstede", "kennemerland", ["GM0397"], "Gemeente Heemstede", "aandachtsfunctionaris", "Demo", "AF Heemstede"),
 ("af.zwolle", "ijsselland", ["GM0193"], "Gemeente Zwolle", "aandachtsfunctionaris", "Demo", "AF Zwolle"),
 ("af.rotterdam", "rotterdam", ["GM0599"], "Gemeente Rotterdam", "aandachtsfunctionaris", "Demo", "AF Rotterdam"),
 # the regio-beheerder of the Rotterdam unit loads its categories (Alblasserdam's, DOMAIN.md §1)
 ("beheer.rotterdam", "rotterdam", [], "Eenheid Rotterdam", "regio-beheerder", "Demo", "Regiobeheerder Rotterdam"),
 ("zc.zaanstreek", "zaanstreek-waterland", [], "HVO Querido", "zorgcoordinator", "Demo", "Zorgcoordinator Zaanstreek"),
 ("handhaver.zaanstad", "zaanstreek-waterland", ["GM0479"], "Gemeente Zaanstad", "handhaver", "Demo", "Handhaver Zaanstad"),
 ("regisseur.zaanstreek", "zaanstreek-waterland", [], "Regio Zaanstreek-Waterland", "beleidsregisseur", "Demo", "Beleidsregisseur Zaanstreek"),
 ("beheer.zaanstreek", "zaanstreek-waterland", [], "Regio Zaanstreek-Waterland", "regio-beheerder", "Demo", "Regiobeheerder Zaanstreek"),
 ("casustafel.zaanstreek", "zaanstreek-waterland", [], "Zorg- en Veiligheidshuis Zaanstreek-Waterland", "casustafel", "Demo", "Casustafel Zaanstreek"),
 ("monitor.zaanstreek", "zaanstreek-waterland", [], "Regio Zaanstreek-Waterland", "monitor-lezer", "Demo", "Monitor Zaanstreek"),
 ("privacy.zaanstreek", "zaanstreek-waterland", [], "Regio Zaanstreek-Waterland", "privacy-officer", "Demo", "Privacy officer Zaanstreek"),
 # a partner organisation that reports (issue 7 §1): a melder of its own organisation, no municipality; it also
 # follows the signals an AF recorded on its behalf (reported-by-me, by the organisation claim)
 ("melder.veiligthuis", "zaanstreek-waterland", [], "Veilig Thuis Zaanstreek-Waterland", "melder", "Demo", "Melder Veilig Thuis"),
 # a second region with every role, so the attack suite can check two regions x every role
 ("melder.heemstede", "kennemerland", ["GM0397"], "Gemeente Heemstede", "melder", "Demo", "Melder Heemstede"),
 ("handhaver.heemstede", "kennemerland", ["GM0397"], "Gemeente Heemstede", "handhaver", "Demo", "Handhaver Heemstede"),
 ("zc.kennemerland", "kennemerland", [], "HVO Querido", "zorgcoordinator", "Demo", "Zorgcoordinator Kennemerland"),
 ("casustafel.kennemerland", "kennemerland", [], "Veiligheidshuis Kennemerland", "casustafel", "Demo", "Casustafel Kennemerland"),
 ("regisseur.kennemerland", "kennemerland", [], "Regio Kennemerland", "beleidsregisseur", "Demo", "Beleidsregisseur Kennemerland"),
 ("beheer.kennemerland", "kennemerland", [], "Regio Kennemerland", "regio-beheerder", "Demo", "Regiobeheerder Kennemerland"),
 ("monitor.kennemerland", "kennemerland", [], "Regio Kennemerland", "monitor-lezer", "Demo", "Monitor Kennemerland"),
 ("privacy.kennemerland", "kennemerland", [], "Regio Kennemerland", "privacy-officer", "Demo", "Privacy officer Kennemerland"),
 # the tables of issue 8: members take part as their organisation (the participant's covenant decides what they see)
 ("politie.kennemerland", "kennemerland", [], "Politie Noord-Holland", "casustafel", "Demo", "Politie Kennemerland"),
 ("casustafel.ijsselland", "ijsselland", [], "Zorg- en Veiligheidshuis IJsselland", "casustafel", "Demo", "Casustafel IJsselland"),
 ("politie.ijsselland", "ijsselland", [], "Politie Oost-Nederland", "casustafel", "Demo", "Politie IJsselland"),
 ("zc.ijsselland", "ijsselland", [], "Zorgcoordinatie IJsselland", "zorgcoordinator", "Demo", "Zorgcoordinator IJsselland"),
 ("handhaver.zwolle", "ijsselland", ["GM0193"], "Gemeente Zwolle", "handhaver", "Demo", "Handhaver Zwolle"),
 ("regisseur.ijsselland", "ijsselland", [], "Regio IJsselland", "beleidsregisseur", "Demo", "Beleidsregisseur IJsselland"),
 ("beheer.ijsselland", "ijsselland", [], "Regio IJsselland", "regio-beheerder", "Demo", "Regiobeheerder IJsselland"),
 ("zc.rotterdam", "rotterdam", [], "Zorgcoordinatie Rotterdam", "zorgcoordinator", "Demo", "Zorgcoordinator Rotterdam"),
 ("regisseur.rotterdam", "rotterdam", [], "Regio Rotterdam", "beleidsregisseur", "Demo", "Beleidsregisseur Rotterdam"),
]

DEMO, PRODUCTION = "demo", "production"

# The realm roles each client's tokens may carry (production: fullScopeAllowed is off, so a token holds
# only the roles in its client's scope, never e.g. offline_access or account roles).
STAFF_ROLES = [n for n, _ in ROLES if n != "zorgaanbieder"]
CLIENT_ROLE_SCOPE = {
    "gateway": STAFF_ROLES,                        # the BFF serves every staff function
    "field-app": ["handhaver", "melder"],          # inspectors and reporters in the field
    "care-provider-humanitas": ["zorgaanbieder"],
    "care-provider-querido": ["zorgaanbieder"],
    "care-provider-scharlakenkoord": ["zorgaanbieder"],
    "signal-service": [],                          # acts for a user it names; holds no function itself
    "triage-service": [],                          # delivers the tables' commands; holds no function itself
    "care-coordination-service": [],               # delivers the placements' notifications; no function itself
    "enforcement-service": [],                     # delivers inspection signals, housing requests, notifications
    "monitor-service": [],                         # reads every service's statistics; no function itself
}

CARE_PROVIDERS = [
    # client id, display name, region, provider id, organisation, secret variable
    ("care-provider-humanitas", "Humanitas Rotterdam", "rotterdam", "humanitas-rotterdam", "Humanitas",
     "HUMANITAS_CLIENT_SECRET"),
    ("care-provider-querido", "HVO Querido", "zaanstreek-waterland", "hvo-querido", "HVO Querido",
     "QUERIDO_CLIENT_SECRET"),
    ("care-provider-scharlakenkoord", "Scharlaken Koord", "kennemerland", "scharlaken-koord", "Scharlaken Koord",
     "SCHARLAKENKOORD_CLIENT_SECRET"),
]


# Keycloak's built-in client scopes a production client gets by default ("basic" carries sub and auth_time,
# "roles" the realm roles in scope, "web-origins" CORS, "acr" the authentication level)
USER_CLIENT_SCOPES = ["basic", "roles", "web-origins", "acr", "profile", "email"]


def env(variable, demo_default, shape):
    """Keycloak import placeholder: with a demo default in the demo realm, without one in production."""
    return "${%s:%s}" % (variable, demo_default) if shape == DEMO else "${%s}" % variable


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


def secret_note(variable, demo_default, shape):
    if shape == DEMO:
        return "Secret from env %s at import; default %s is a DEMO secret." % (variable, demo_default)
    return "Secret only from env %s at import (no default)." % variable


def clients_for(shape):
    gateway_url = env("GATEWAY_PUBLIC_URL", "http://localhost:8080", shape)
    result = [
     client("gateway", "API gateway (BFF)",
            "Confidential BFF client of the gateway (tokens never reach the browser). "
            + secret_note("GATEWAY_CLIENT_SECRET", "gateway-demo-secret", shape),
            clientAuthenticatorType="client-secret", secret=env("GATEWAY_CLIENT_SECRET", "gateway-demo-secret", shape),
            standardFlowEnabled=True,
            redirectUris=[gateway_url + "/*"], webOrigins=["+"],
            attributes={"post.logout.redirect.uris": gateway_url + "/*"}),
    ]
    if shape == DEMO:
        result.append(client("platform-cli", "Platform CLI (demo and tests only)",
            "Public client with the password grant (direct access grants) ONLY for the local demo, demo-data loading and "
            "system tests. Disable or delete this client in production.",
            publicClient=True, directAccessGrantsEnabled=True))
    if shape == DEMO:
        # any loopback port, for local tools
        result.append(client("field-app", "Field app for inspectors",
            "Public client for field tools (integrated inspections). Authorization code flow with PKCE S256 required.",
            publicClient=True, standardFlowEnabled=True,
            redirectUris=["http://localhost:*", "http://127.0.0.1:*"], webOrigins=["+"],
            attributes={"pkce.code.challenge.method": "S256", "post.logout.redirect.uris": "http://localhost:*"}))
    else:
        # exactly the one redirect URI the deployment configures (no wildcard, no any-port loopback)
        result.append(client("field-app", "Field app for inspectors",
            "Public client for field tools (integrated inspections). Authorization code flow with PKCE S256 required; "
            "the one redirect URI comes from env FIELD_APP_REDIRECT_URI at import.",
            publicClient=True, standardFlowEnabled=True,
            redirectUris=["${FIELD_APP_REDIRECT_URI}"], webOrigins=[],
            attributes={"pkce.code.challenge.method": "S256",
                        "post.logout.redirect.uris": "${FIELD_APP_REDIRECT_URI}"}))
    for cid, display, region, provider, organisation, variable in CARE_PROVIDERS:
        demo_secret = cid[len("care-provider-"):] + "-demo-secret"
        result.append(client(cid, "Care provider %s (coordination API)" % display,
            ("Care provider system, client credentials only; service account role zorgaanbieder; region %s. " % region)
            + secret_note(variable, demo_secret, shape),
            clientAuthenticatorType="client-secret", secret=env(variable, demo_secret, shape),
            serviceAccountsEnabled=True, attributes={"client.use.lightweight.access.token.enabled": "false"},
            protocolMappers=[hardcoded("region", region), hardcoded("provider", provider),
                             hardcoded("organisation", organisation)]))
    # signal-service's own account for calls that outlive the user's token (delivery of a submission to triage
    # from its outbox): client credentials, the API audience, no tenancy claims and no realm role. It names the
    # user it acts for in the call; only this client's on-behalf-of is believed (docs/security.md).
    result.append(service_account_client("signal-service",
        "Service account of signal-service for background calls to other services on behalf of the user recorded "
        "with the command", "SIGNAL_SERVICE_CLIENT_SECRET", shape))
    # triage-service's own account: delivers the commands of the tables' decisions from its outbox (care request,
    # inspection request, the outcome for each signal, notifications), long after the user's token expired
    result.append(service_account_client("triage-service",
        "Service account of triage-service for delivering the tables' decisions to other services",
        "TRIAGE_SERVICE_CLIENT_SECRET", shape))
    # care-coordination-service's own account: delivers the placements' notifications (noodbed running out,
    # reservation expired, placement declined) from its outbox to the platform inbox, raised by jobs without a user
    result.append(service_account_client("care-coordination-service",
        "Service account of care-coordination-service for delivering the placements' notifications to the platform "
        "inbox", "CARE_SERVICE_CLIENT_SECRET", shape))
    # enforcement-service's own account: delivers from its outbox the signals of inspection findings with
    # trafficking indicators (signal-service), the emergency-housing requests of measures (care-coordination-service)
    # and the notifications of spoedeisende bestuursdwang not put in writing (inbox)
    result.append(service_account_client("enforcement-service",
        "enforcement-service: delivers signals, housing requests and "
        "notifications to other services", "ENFORCEMENT_SERVICE_CLIENT_SECRET", shape))
    # monitor-service's own account: reads each service's unsuppressed statistics (getSignalStatistics and its
    # siblings) for every region, which no person may; the monitor applies disclosure control before anyone sees them
    result.append(service_account_client("monitor-service",
        "monitor-service: reads every service's statistics for the monitor", "MONITOR_SERVICE_CLIENT_SECRET", shape))
    if shape == DEMO:
        # DEMO AND TESTS ONLY: a password-grant client whose tokens lack the API audience. The attack suite uses
        # it to show that a genuine, correctly signed token of this realm not issued for the API is refused.
        result.append(client("platform-cli-no-audience", "Token without API audience (tests only)",
            "Public password-grant client WITHOUT the mensenhandel-api audience, for the attack suite only. Never in production.",
            publicClient=True, directAccessGrantsEnabled=True))
        result[-1]["protocolMappers"] = list(API_MAPPERS[1:])  # the tenancy claims, not the audience
    if shape == PRODUCTION:
        for c in result:
            c["fullScopeAllowed"] = False
            # explicit client scopes: the built-in defaults minus the optional ones, so no client can ask for
            # scope offline_access (offline tokens) — see production_settings() on the default role
            c["defaultClientScopes"] = USER_CLIENT_SCOPES + (["service_account"] if c["serviceAccountsEnabled"] else [])
            c["optionalClientScopes"] = []
    return result


def service_account_client(cid, purpose, variable, shape):
    """A platform service's own account: client credentials only, the API audience, no tenancy claims, no realm
    role (it holds no function itself); its secret from env `variable`, demo default `<cid>-demo-secret`."""
    demo_secret = cid + "-demo-secret"
    return client(cid, cid + " (service account)",
        purpose + "; client credentials only. " + secret_note(variable, demo_secret, shape),
        clientAuthenticatorType="client-secret", secret=env(variable, demo_secret, shape),
        serviceAccountsEnabled=True, attributes={"client.use.lightweight.access.token.enabled": "false"},
        protocolMappers=[])


def service_account_users():
    return [{"username": "service-account-" + cid, "enabled": True, "serviceAccountClientId": cid,
             "realmRoles": ["default-roles-mensenhandel", "zorgaanbieder"]} for cid, *_ in CARE_PROVIDERS] + [
            {"username": "service-account-signal-service", "enabled": True, "serviceAccountClientId": "signal-service",
             "realmRoles": ["default-roles-mensenhandel"]},
            {"username": "service-account-triage-service", "enabled": True, "serviceAccountClientId": "triage-service",
             "realmRoles": ["default-roles-mensenhandel"]},
            {"username": "service-account-care-coordination-service", "enabled": True,
             "serviceAccountClientId": "care-coordination-service", "realmRoles": ["default-roles-mensenhandel"]},
            {"username": "service-account-enforcement-service", "enabled": True,
             "serviceAccountClientId": "enforcement-service", "realmRoles": ["default-roles-mensenhandel"]},
            {"username": "service-account-monitor-service", "enabled": True,
             "serviceAccountClientId": "monitor-service", "realmRoles": ["default-roles-mensenhandel"]}]


def demo_users():
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
    return users


def execution(authenticator, requirement, priority):
    return {"authenticator": authenticator, "authenticatorFlow": False, "requirement": requirement,
            "priority": priority, "userSetupAllowed": False}


def subflow(alias, requirement, priority):
    return {"flowAlias": alias, "authenticatorFlow": True, "requirement": requirement, "priority": priority,
            "userSetupAllowed": False}


def flow(alias, description, executions, top_level=True, provider="basic-flow"):
    return {"alias": alias, "description": description, "providerId": provider, "topLevel": top_level,
            "builtIn": False, "authenticationExecutions": executions}


def production_flows():
    """Every top-level flow the realm needs (an import with "authenticationFlows" gets no built-in flows).

    Browser login: SSO cookie, or username + password followed by a REQUIRED second factor: OTP or
    WebAuthn (a security key / platform authenticator). With neither configured, Keycloak makes the user
    set up OTP (CONFIGURE_TOTP is also a default required action for every new user). No conditional
    step: staff always need the second factor. Direct grant (password grant) is not offered to any
    client, but its flow exists and demands OTP too. Client authentication: secret or signed JWT.
    """
    return [
        flow("mensenhandel browser", "Browser login: password plus OTP or WebAuthn, always.", [
            execution("auth-cookie", "ALTERNATIVE", 10),
            subflow("mensenhandel browser forms", "ALTERNATIVE", 20),
        ]),
        flow("mensenhandel browser forms", "Username and password, then a second factor.", [
            execution("auth-username-password-form", "REQUIRED", 10),
            subflow("mensenhandel second factor", "REQUIRED", 20),
        ], top_level=False),
        flow("mensenhandel second factor", "OTP or WebAuthn; one of them is required.", [
            execution("auth-otp-form", "ALTERNATIVE", 10),
            execution("webauthn-authenticator", "ALTERNATIVE", 20),
        ], top_level=False),
        flow("mensenhandel direct grant", "Password grant (enabled on no client) with OTP.", [
            execution("direct-grant-validate-username", "REQUIRED", 10),
            execution("direct-grant-validate-password", "REQUIRED", 20),
            execution("direct-grant-validate-otp", "REQUIRED", 30),
        ]),
        flow("mensenhandel reset credentials", "Credentials are reset by an administrator only.", [
            execution("reset-credentials-choose-user", "REQUIRED", 10),
            execution("reset-credential-email", "REQUIRED", 20),
            execution("reset-password", "REQUIRED", 30),
            execution("reset-otp", "REQUIRED", 40),
        ]),
        flow("mensenhandel clients", "Client authentication: secret or signed JWT.", [
            execution("client-secret", "ALTERNATIVE", 10),
            execution("client-jwt", "ALTERNATIVE", 20),
            execution("client-secret-jwt", "ALTERNATIVE", 30),
        ], provider="client-flow"),
        flow("mensenhandel registration", "Self-registration is off; the flow exists because the realm needs one.", [
            execution("registration-page-form", "REQUIRED", 10),
        ], provider="basic-flow"),
        flow("mensenhandel first broker login", "No identity brokering is configured.", [
            execution("idp-review-profile", "REQUIRED", 10),
        ]),
    ]


REQUIRED_ACTIONS = [
    # alias, name, default action (every new user gets it)
    ("CONFIGURE_TOTP", "Configure OTP", True),
    ("webauthn-register", "Webauthn Register", False),
    ("UPDATE_PASSWORD", "Update Password", False),
    ("UPDATE_PROFILE", "Update Profile", False),
    ("VERIFY_EMAIL", "Verify Email", False),
    ("VERIFY_PROFILE", "Verify Profile", False),
    ("delete_credential", "Delete Credential", False),
    ("update_user_locale", "Update User Locale", False),
]

# what is stored as login events (admin events: all, with representation)
EVENT_TYPES = ["LOGIN", "LOGIN_ERROR", "LOGOUT", "LOGOUT_ERROR", "CODE_TO_TOKEN", "CODE_TO_TOKEN_ERROR",
               "CLIENT_LOGIN", "CLIENT_LOGIN_ERROR", "REFRESH_TOKEN_ERROR", "INTROSPECT_TOKEN_ERROR",
               "UPDATE_PASSWORD", "UPDATE_PASSWORD_ERROR", "UPDATE_TOTP", "REMOVE_TOTP", "UPDATE_CREDENTIAL",
               "REMOVE_CREDENTIAL", "UPDATE_PROFILE", "GRANT_CONSENT", "REVOKE_GRANT", "RESET_PASSWORD",
               "RESET_PASSWORD_ERROR", "USER_DISABLED_BY_TEMPORARY_LOCKOUT", "USER_DISABLED_BY_PERMANENT_LOCKOUT",
               "PERMISSION_TOKEN_ERROR"]
EVENTS_EXPIRATION_SECONDS = 400 * 24 * 3600   # a year and a month: one full audit cycle back


def production_settings():
    return {
        # NIST SP 800-63B: long passwords rather than composition rules; no reuse of the last 5
        "passwordPolicy": "length(12) and maxLength(128) and notUsername(undefined) and notEmail(undefined)"
                          " and passwordHistory(5)",
        "otpPolicyType": "totp", "otpPolicyAlgorithm": "HmacSHA1", "otpPolicyDigits": 6, "otpPolicyPeriod": 30,
        "otpPolicyLookAheadWindow": 1, "otpPolicyCodeReusable": False,
        "webAuthnPolicyRpEntityName": "mensenhandel", "webAuthnPolicyUserVerificationRequirement": "preferred",
        "browserFlow": "mensenhandel browser", "directGrantFlow": "mensenhandel direct grant",
        "resetCredentialsFlow": "mensenhandel reset credentials", "clientAuthenticationFlow": "mensenhandel clients",
        "registrationFlow": "mensenhandel registration", "firstBrokerLoginFlow": "mensenhandel first broker login",
        "authenticationFlows": production_flows(),
        "requiredActions": [{"alias": a, "name": n, "providerId": a, "enabled": True, "defaultAction": d,
                             "priority": 10 * (i + 1), "config": {}}
                            for i, (a, n, d) in enumerate(REQUIRED_ACTIONS)],
        # a few failures, then a wait that grows with every further series of failures; never permanent
        # (a permanent lockout would let anyone lock a colleague out by guessing)
        "bruteForceProtected": True, "permanentLockout": False, "bruteForceStrategy": "MULTIPLE",
        "failureFactor": 5, "waitIncrementSeconds": 60, "maxFailureWaitSeconds": 900,
        "minimumQuickLoginWaitSeconds": 60, "quickLoginCheckMilliSeconds": 1000, "maxDeltaTimeSeconds": 43200,
        "eventsEnabled": True, "eventsExpiration": EVENTS_EXPIRATION_SECONDS, "eventsListeners": ["jboss-logging"],
        "enabledEventTypes": EVENT_TYPES,
        "adminEventsEnabled": True, "adminEventsDetailsEnabled": True,
        "attributes": {"adminEventsExpiration": str(EVENTS_EXPIRATION_SECONDS)},
        # The default role grants only the account console (to manage one's OTP / security keys) — no
        # uma_authorization (declared below so Keycloak does not add it). Keycloak 26.5.6's import ALWAYS adds
        # offline_access to the default role (measured: with or without declaring the role or the default
        # role); declaring the offline_access client scope would stop it, but any "clientScopes" section
        # drops ALL built-in scopes. So offline tokens are made impossible instead: no client has the
        # offline_access scope (optionalClientScopes empty) and no client's role scope holds the role
        # (fullScopeAllowed off), so the role never reaches a token and scope=offline_access is refused.
        "defaultRole": {"name": "default-roles-mensenhandel"},
        "roles": {"realm": realm_roles() + [
            {"name": "default-roles-mensenhandel", "description": "${role_default-roles}", "composite": True,
             "clientRole": False, "composites": {"client": {"account": ["view-profile", "manage-account"]}}},
            {"name": "uma_authorization", "description": "${role_uma_authorization}", "composite": False,
             "clientRole": False}]},
        "scopeMappings": [{"client": cid, "roles": roles} for cid, roles in CLIENT_ROLE_SCOPE.items()],
    }


def realm_roles():
    return [{"name": n, "description": d, "composite": False, "clientRole": False} for n, d in ROLES]


def realm(shape):
    clients = clients_for(shape)
    users = (demo_users() if shape == DEMO else []) + service_account_users()
    r = {
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
     "roles": {"realm": realm_roles()},
     "clients": clients,
     "users": users,
     "components": {
       "org.keycloak.userprofile.UserProfileProvider": [
         {"providerId": "declarative-user-profile", "subComponents": {},
          "config": {"kc.user.profile.config": [json.dumps(user_profile, separators=(",", ":"))]}}
       ]
     },
    }
    if shape == PRODUCTION:
        r.update(production_settings())
        scoped = {m["client"] for m in r["scopeMappings"]}
        assert scoped == {c["clientId"] for c in clients}, "every production client needs its role scope"
        assert not any(c["directAccessGrantsEnabled"] for c in clients), "no password grant in production"
        assert not any(":" in c.get("secret", "").strip("${}") for c in clients), "no secret defaults in production"
    for c in clients:
        assert len(c["description"]) <= 255 and len(c["name"]) <= 255, (c["clientId"], len(c["description"]))
    for role in r["roles"]["realm"]:
        assert len(role["description"]) <= 255, role["name"]
    return r


FILES = {DEMO: "mensenhandel-realm.json", PRODUCTION: "mensenhandel-realm.production.json"}


def render(shape):
    return json.dumps(realm(shape), indent=2, ensure_ascii=False) + "\n"


def main(args):
    here = os.path.dirname(os.path.abspath(__file__))
    stale = []
    for shape, name in FILES.items():
        path = os.path.join(here, name)
        text = render(shape)
        if "--check" in args:
            with open(path, encoding="utf-8") as f:
                if f.read() != text:
                    stale.append(name)
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
    if stale:
        sys.exit("out of date (run python3 deploy/keycloak/generate-realm.py): " + ", ".join(stale))


if __name__ == "__main__":
    main(sys.argv[1:])
