# Production variant of ppid-realm.json (see README.md):
#   jq -f deploy/keycloak/prod-realm.jq --arg webUrl https://ppid.example \
#      deploy/keycloak/ppid-realm.json > ppid-realm.prod.json
# - removes the demo users (keeps the service-account users of the opd-system-* clients: they carry the
#   opd-system role mapping; without them Keycloak would create them with the default roles, i.e. applicant)
# - ppid-web: no password grant, redirects only to the real UI
.users |= map(select(has("serviceAccountClientId")))
| (.clients[] | select(.clientId == "ppid-web")) |= (
    .directAccessGrantsEnabled = false
    | .redirectUris = [($webUrl + "/*")]
    | .webOrigins = [$webUrl]
    | .attributes["post.logout.redirect.uris"] = ($webUrl + "/*")
  )
