#!/usr/bin/env bash
# A real co-design session against the local stack, then replayed from query-service.
set -euo pipefail
C=http://localhost:8081; Q=http://localhost:8082
post() { curl -sf -u "$1:$1-local" -H 'Content-Type: application/json' "$C$2" -d "$3"; }
field() { python3 -c "import sys,json;print(json.load(sys.stdin)['$1'])"; }
S=$(post facilitator /api/v1/sessions '{"title":"Maternity care in Lewisham","topic":"MATERNITY","place":"LEWISHAM","scheduledFor":"2026-12-01T10:00:00Z"}' | field id)
post facilitator /api/v1/sessions/$S/open '{}' >/dev/null
AYO=$(post facilitator /api/v1/sessions/$S/participants '{"displayName":"Ayo","role":"RESIDENT","livedExperience":true}' | field participantId)
GRACE=$(post facilitator /api/v1/sessions/$S/participants '{"displayName":"Grace","role":"VCSE","livedExperience":false,"organisation":"Lewisham Refugee Network"}' | field participantId)
KIM=$(post facilitator /api/v1/sessions/$S/participants '{"displayName":"Kim","role":"NHS","livedExperience":false}' | field participantId)
CON=$(post facilitator /api/v1/sessions/$S/contributions "{\"participantId\":\"$AYO\",\"kind\":\"EXPERIENCE\",\"text\":\"No interpreter came to my booking\"}" | field contributionId)
P1=$(post facilitator /api/v1/sessions/$S/proposals "{\"participantId\":\"$AYO\",\"text\":\"Book an interpreter with every booking\",\"contributionIds\":[\"$CON\"]}" | field proposalId)
P2=$(post facilitator /api/v1/sessions/$S/proposals "{\"participantId\":\"$KIM\",\"text\":\"Longer first appointments\"}" | field proposalId)
post facilitator /api/v1/sessions/$S/proposals/$P1/votes "{\"participantId\":\"$KIM\",\"stance\":\"OPPOSE\"}" >/dev/null
post facilitator /api/v1/sessions/$S/proposals/$P1/votes "{\"participantId\":\"$KIM\",\"stance\":\"SUPPORT\"}" >/dev/null
post facilitator /api/v1/sessions/$S/proposals/$P1/votes "{\"participantId\":\"$GRACE\",\"stance\":\"SUPPORT\"}" >/dev/null
D=$(post facilitator /api/v1/sessions/$S/decisions "{\"proposalId\":\"$P1\",\"outcome\":\"ADOPTED\",\"rationale\":\"Everyone who voted supports it\"}" | field decisionId)
A=$(post facilitator /api/v1/sessions/$S/actions "{\"decisionId\":\"$D\",\"description\":\"Interpreters at booking\",\"owner\":\"Maternity lead\",\"dueBy\":\"2027-01-31\"}" | field actionId)
post facilitator /api/v1/sessions/$S/close '{}' >/dev/null
post lead /api/v1/sessions/$S/actions/$A/progress '{"status":"IN_PROGRESS","note":"Rota agreed"}' >/dev/null
post facilitator /api/v1/sessions/$S/participants/$GRACE/erasure '{}'
echo; echo "session $S"
sleep 2
curl -sf -u facilitator:facilitator-local "$Q/api/v1/sessions/$S/timeline" | python3 -c 'import sys,json; [print(e["sequence"], e["type"], json.dumps(e["data"].get("displayName") or e["data"].get("text") or e["data"].get("stance") or "")) for e in json.load(sys.stdin)]'
echo "--- state after event 8 (first vote):"
curl -sf -u facilitator:facilitator-local "$Q/api/v1/sessions/$S/state?at=8" | python3 -c 'import sys,json; s=json.load(sys.stdin); print([(p["text"], p["tally"]) for p in s["proposals"]])'
echo "--- state after event 9 (the vote changed):"
curl -sf -u facilitator:facilitator-local "$Q/api/v1/sessions/$S/state?at=9" | python3 -c 'import sys,json; s=json.load(sys.stdin); print([(p["text"], p["tally"]) for p in s["proposals"]])'
echo "--- power-sharing (residents):"
curl -sf -u lead:lead-local "$Q/api/v1/sessions/$S/power-sharing" | python3 -c 'import sys,json; print(json.dumps(json.load(sys.stdin)["roles"]["RESIDENT"]))'
echo "replay in a browser: $C/sessions/$S/replay?step=9 (facilitator / facilitator-local)"
