#!/usr/bin/env bash
# A campaign with three champions against the local stack, then its progress from query-service.
set -euo pipefail
C=http://localhost:8081; Q=http://localhost:8082
post() { curl -sf -u "$1:$1-local" -H 'Content-Type: application/json' "$C$2" -d "$3"; }
field() { python3 -c "import sys,json;print(json.load(sys.stdin)['$1'])"; }
CAMPAIGN=$(post admin /api/v1/campaigns '{"name":"Winter health checks","theme":"ACCESS","places":["LEWISHAM","SOUTHWARK"],"target":600,"startsOn":"2026-11-01","endsOn":"2027-02-28"}' | field id)
for login in champion champion2 champion3; do
  ID=$(post admin /api/v1/champions "{\"displayName\":\"Champion $login\",\"organisation\":\"SEL Champions\",\"places\":[\"LEWISHAM\"],\"languages\":[\"en\",\"pl\"],\"login\":\"$login\"}" | field id)
  post admin /api/v1/campaigns/$CAMPAIGN/champions "{\"championId\":\"$ID\"}" > /dev/null
done
post champion  /api/v1/campaigns/$CAMPAIGN/outreach '{"date":"2026-11-02","peopleReached":1200,"venueType":"FAITH_SPACE"}' > /dev/null
post champion2 /api/v1/campaigns/$CAMPAIGN/outreach '{"date":"2026-11-03","peopleReached":900,"venueType":"ESTATE"}' > /dev/null
post champion3 /api/v1/campaigns/$CAMPAIGN/outreach '{"date":"2026-11-10","peopleReached":900,"venueType":"FAITH_SPACE"}' > /dev/null
STORY='{"title":"Winter","narrative":"n","place":"LEWISHAM","language":"en","channel":"EVENT","feeling":"MIXED","campaignId":"'$CAMPAIGN'","consent":{"analysis":true,"quote":false,"publish":false,"contact":false,"equalityMonitoring":false,"wordingVersion":"2026-11"}}'
post champion /api/v1/stories "$STORY" > /dev/null
GONE=$(post champion /api/v1/stories "$STORY" | field id)
post champion2 /api/v1/stories "$STORY" > /dev/null
post champion /api/v1/stories/$GONE/withdrawal '{}' > /dev/null
sleep 2
curl -sf -u lead:lead-local "$Q/api/v1/campaigns/$CAMPAIGN/progress" | python3 -m json.tool
echo "progress page: $Q/campaigns/$CAMPAIGN (lead / lead-local)"

