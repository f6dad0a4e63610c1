package org.chorus.query.session.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.chorus.kernel.story.StoryId;
import org.chorus.query.session.SessionProjection;
import org.chorus.query.story.StoryProjection;
import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.KeyServer;
import org.chorus.query.testsupport.ReadSideEngines;
import org.chorus.query.testsupport.ScriptedSession;
import org.chorus.query.testsupport.Stories;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Replays a scripted session through the API, keys fetched over HTTP from a stand-in for command-service. */
@SpringBootTest(properties = "spring.kafka.listener.auto-startup=false")
@AutoConfigureMockMvc
@ActiveProfiles("local")
class SessionApiTest {
    static final KeyRing KEYS = new KeyRing();
    @AutoClose
    static final KeyServer KEY_SERVER = new KeyServer(KEYS, ReadSideEngines.INTERNAL_PASSWORD);

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        ReadSideEngines.registerWithoutBroker(registry, "session-api", KEY_SERVER::url);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    SessionProjection projection;
    @Autowired
    StoryProjection stories;

    private final ScriptedSession session = new ScriptedSession(KEYS);

    @Test
    void timelineShowsEveryEventInOrderWithWordsOpenedAndTheErasedParticipantWithdrawn() throws Exception {
        played();

        String body = as("facilitator", "/timeline")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(19)))
                .andExpect(jsonPath("$[*].type", contains("SessionScheduledEvent", "SessionOpenedEvent",
                        "ParticipantJoinedEvent", "ParticipantJoinedEvent", "ParticipantJoinedEvent",
                        "ContributionAddedEvent", "ContributionAddedEvent", "ProposalTabledEvent", "ProposalTabledEvent",
                        "VoteCastEvent", "VoteCastEvent", "VoteCastEvent", "VoteCastEvent", "VoteCastEvent",
                        "DecisionRecordedEvent", "ActionAgreedEvent", "SessionClosedEvent", "ActionProgressedEvent",
                        "ParticipantErasedEvent")))
                .andExpect(jsonPath("$[0].sequence").value(0))
                .andExpect(jsonPath("$[0].at").value("2026-11-22T10:00:00Z"))
                .andExpect(jsonPath("$[18].sequence").value(18))
                .andExpect(jsonPath("$[18].at").value("2026-11-22T10:18:00Z"))
                .andExpect(jsonPath("$[0].data.title").value("Maternity waits"))
                .andExpect(jsonPath("$[2].data.displayName").value("Ama Mensah"))
                .andExpect(jsonPath("$[2].data.organisation").value((Object) null))
                .andExpect(jsonPath("$[2].data.role").value("RESIDENT"))
                .andExpect(jsonPath("$[3].data.displayName").value("Ben Okafor"))
                .andExpect(jsonPath("$[3].data.organisation").value("Lewisham Hospital"))
                .andExpect(jsonPath("$[4].data.participantId").value(session.cat.toString()))
                .andExpect(jsonPath("$[4].data.displayName").value("withdrawn participant"))
                .andExpect(jsonPath("$[4].data.organisation").value((Object) null))
                .andExpect(jsonPath("$[4].data.livedExperience").value(true))
                .andExpect(jsonPath("$[5].data.text").value("I waited nine hours"))
                .andExpect(jsonPath("$[5].data.evidenceStoryIds", contains(session.storyA.toString())))
                .andExpect(jsonPath("$[6].data.text").value((Object) null))
                .andExpect(jsonPath("$[7].data.text").value("Text updates on waiting times"))
                .andExpect(jsonPath("$[8].data.text").value((Object) null))
                .andExpect(jsonPath("$[11].data.stance").value("SUPPORT"))
                .andExpect(jsonPath("$[15].data.dueBy").value("2026-12-31"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("ciphertext", "keyId", "Cat Novak", "Deptford Doulas", "Interpreters",
                "interpreters");
    }

    @Test
    void participantWhoseKeyIsGoneIsWithdrawnEvenBeforeTheirErasureArrives() throws Exception {
        played(ScriptedSession.ERASURE - 1);
        KEYS.destroy(ScriptedSession.keyOf(session.ben));

        as("facilitator", "/timeline")
                .andExpect(jsonPath("$", hasSize(18)))
                .andExpect(jsonPath("$[2].data.displayName").value("Ama Mensah"))
                .andExpect(jsonPath("$[3].data.displayName").value("withdrawn participant"))
                .andExpect(jsonPath("$[3].data.organisation").value((Object) null))
                .andExpect(jsonPath("$[4].data.displayName").value("Cat Novak"))
                .andExpect(jsonPath("$[4].data.organisation").value("Deptford Doulas"))
                .andExpect(jsonPath("$[6].data.text").value("Interpreters are never booked"));
    }

    @Test
    void stateAfterTheFirstVote() throws Exception {
        played();

        as("facilitator", "/state?at=9").andExpect(status().isOk()).andExpect(content().json(session.fill("""
                {"id":"{id}","title":"Maternity waits","status":"OPEN",
                 "participants":[
                   {"participantId":"{ama}","displayName":"Ama Mensah","role":"RESIDENT","livedExperience":true},
                   {"participantId":"{ben}","displayName":"Ben Okafor","role":"NHS","livedExperience":false},
                   {"participantId":"{cat}","displayName":"withdrawn participant","role":"VCSE","livedExperience":true}],
                 "contributions":[
                   {"contributionId":"{c1}","byParticipantId":"{ama}","kind":"EXPERIENCE","text":"I waited nine hours",
                    "evidenceStoryIds":["{storyA}"]},
                   {"contributionId":"{c2}","byParticipantId":"{cat}","kind":"CONCERN","text":null,
                    "evidenceStoryIds":["{storyB}"]}],
                 "proposals":[
                   {"proposalId":"{p1}","text":"Text updates on waiting times","byParticipantId":"{ama}",
                    "tally":{"SUPPORT":1,"OPPOSE":0,"ABSTAIN":0}},
                   {"proposalId":"{p2}","text":null,"byParticipantId":"{cat}",
                    "tally":{"SUPPORT":0,"OPPOSE":0,"ABSTAIN":0}}],
                 "decisions":[],
                 "actions":[]}
                """), JsonCompareMode.STRICT));
    }

    @Test
    void stateAfterTheDecisionListsTheStoriesAndContributionsBehindIt() throws Exception {
        played();

        as("facilitator", "/state?at=14").andExpect(status().isOk()).andExpect(content().json(session.fill("""
                {"id":"{id}","title":"Maternity waits","status":"OPEN",
                 "participants":[
                   {"participantId":"{ama}","displayName":"Ama Mensah","role":"RESIDENT","livedExperience":true},
                   {"participantId":"{ben}","displayName":"Ben Okafor","role":"NHS","livedExperience":false},
                   {"participantId":"{cat}","displayName":"withdrawn participant","role":"VCSE","livedExperience":true}],
                 "contributions":[
                   {"contributionId":"{c1}","byParticipantId":"{ama}","kind":"EXPERIENCE","text":"I waited nine hours",
                    "evidenceStoryIds":["{storyA}"]},
                   {"contributionId":"{c2}","byParticipantId":"{cat}","kind":"CONCERN","text":null,
                    "evidenceStoryIds":["{storyB}"]}],
                 "proposals":[
                   {"proposalId":"{p1}","text":"Text updates on waiting times","byParticipantId":"{ama}",
                    "tally":{"SUPPORT":2,"OPPOSE":0,"ABSTAIN":1},
                    "decision":{"decisionId":"{d1}","outcome":"ADOPTED","rationale":"Cheap and quick to try"}},
                   {"proposalId":"{p2}","text":null,"byParticipantId":"{cat}",
                    "tally":{"SUPPORT":0,"OPPOSE":1,"ABSTAIN":0}}],
                 "decisions":[
                   {"decisionId":"{d1}","proposalId":"{p1}","outcome":"ADOPTED","rationale":"Cheap and quick to try",
                    "evidenceStoryIds":["{storyC}","{storyA}","{storyB}"],"contributionIds":["{c1}","{c2}"]}],
                 "actions":[]}
                """), JsonCompareMode.STRICT));
        as("facilitator", "/state?at=11")
                .andExpect(jsonPath("$.proposals[0].tally.SUPPORT").value(2))
                .andExpect(jsonPath("$.proposals[0].tally.OPPOSE").value(0))
                .andExpect(jsonPath("$.proposals[0].decision").doesNotExist());
        as("facilitator", "/state?at=15")
                .andExpect(jsonPath("$.actions[0].status").value("NOT_STARTED"));
    }

    @Test
    void stateAtTheLastEventIsTheLatestState() throws Exception {
        played();
        String expected = session.fill("""
                {"id":"{id}","title":"Maternity waits","status":"CLOSED",
                 "participants":[
                   {"participantId":"{ama}","displayName":"Ama Mensah","role":"RESIDENT","livedExperience":true},
                   {"participantId":"{ben}","displayName":"Ben Okafor","role":"NHS","livedExperience":false},
                   {"participantId":"{cat}","displayName":"withdrawn participant","role":"VCSE","livedExperience":true}],
                 "contributions":[
                   {"contributionId":"{c1}","byParticipantId":"{ama}","kind":"EXPERIENCE","text":"I waited nine hours",
                    "evidenceStoryIds":["{storyA}"]},
                   {"contributionId":"{c2}","byParticipantId":"{cat}","kind":"CONCERN","text":null,
                    "evidenceStoryIds":["{storyB}"]}],
                 "proposals":[
                   {"proposalId":"{p1}","text":"Text updates on waiting times","byParticipantId":"{ama}",
                    "tally":{"SUPPORT":2,"OPPOSE":0,"ABSTAIN":1},
                    "decision":{"decisionId":"{d1}","outcome":"ADOPTED","rationale":"Cheap and quick to try"}},
                   {"proposalId":"{p2}","text":null,"byParticipantId":"{cat}",
                    "tally":{"SUPPORT":0,"OPPOSE":1,"ABSTAIN":0}}],
                 "decisions":[
                   {"decisionId":"{d1}","proposalId":"{p1}","outcome":"ADOPTED","rationale":"Cheap and quick to try",
                    "evidenceStoryIds":["{storyC}","{storyA}","{storyB}"],"contributionIds":["{c1}","{c2}"]}],
                 "actions":[
                   {"actionId":"{a1}","decisionId":"{d1}","description":"Pilot text updates","owner":"Lewisham ICB",
                    "dueBy":"2026-12-31","status":"IN_PROGRESS"}]}
                """);

        as("facilitator", "/state?at=18").andExpect(status().isOk())
                .andExpect(content().json(expected, JsonCompareMode.STRICT));
        as("facilitator", "/state").andExpect(status().isOk())
                .andExpect(content().json(expected, JsonCompareMode.STRICT));
    }

    @Test
    void aPointOutsideTheSessionIsABadRequestNamingAt() throws Exception {
        played();

        for (String at : new String[] {"19", "-1", "nine", "", "1.5"}) {
            as("facilitator", "/state?at=" + at)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(400))
                    .andExpect(jsonPath("$.errors[0].field").value("at"));
        }
    }

    @Test
    void unknownSessionsAre404AndMalformedIds400() throws Exception {
        for (String call : new String[] {"/timeline", "/state", "/state?at=0", "/power-sharing"}) {
            mvc.perform(get("/api/v1/sessions/" + UUID.randomUUID() + call)
                            .with(httpBasic("facilitator", "facilitator-local")))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(404));
            mvc.perform(get("/api/v1/sessions/not-a-session" + call).with(httpBasic("facilitator", "facilitator-local")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("id"));
        }
    }

    @Test
    void powerSharingCountsEveryoneIncludingTheErasedAndCreditsTheAdoptedDecisionToItsProposer() throws Exception {
        played();
        String expected = """
                {"roles":{
                  "RESIDENT":{"attendance":{"count":1,"share":0.3333},"contributions":{"count":1,"share":0.5},
                              "proposals":{"count":1,"share":0.5},"adoptedDecisions":{"count":1,"share":1}},
                  "VCSE":{"attendance":{"count":1,"share":0.3333},"contributions":{"count":1,"share":0.5},
                          "proposals":{"count":1,"share":0.5},"adoptedDecisions":{"count":0,"share":0}},
                  "NHS":{"attendance":{"count":1,"share":0.3333},"contributions":{"count":0,"share":0},
                         "proposals":{"count":0,"share":0},"adoptedDecisions":{"count":0,"share":0}},
                  "LOCAL_AUTHORITY":{"attendance":{"count":0,"share":0},"contributions":{"count":0,"share":0},
                                     "proposals":{"count":0,"share":0},"adoptedDecisions":{"count":0,"share":0}},
                  "OTHER":{"attendance":{"count":0,"share":0},"contributions":{"count":0,"share":0},
                           "proposals":{"count":0,"share":0},"adoptedDecisions":{"count":0,"share":0}}},
                 "livedExperience":{
                  "YES":{"attendance":{"count":2,"share":0.6667},"contributions":{"count":2,"share":1},
                         "proposals":{"count":2,"share":1},"adoptedDecisions":{"count":1,"share":1}},
                  "NO":{"attendance":{"count":1,"share":0.3333},"contributions":{"count":0,"share":0},
                        "proposals":{"count":0,"share":0},"adoptedDecisions":{"count":0,"share":0}}}}
                """;

        for (String user : new String[] {"facilitator", "analyst", "lead"}) {
            String body = as(user, "/power-sharing").andExpect(status().isOk())
                    .andExpect(content().json(expected, JsonCompareMode.STRICT))
                    .andReturn().getResponse().getContentAsString();
            assertThat(body).contains("\"share\":0.6667");
        }
    }

    @Test
    void onlyFacilitatorsReplaySessionsAndNobodyWithoutCredentials() throws Exception {
        played(1);

        for (String user : new String[] {"analyst", "lead", "champion", "moderator", "admin"}) {
            as(user, "/timeline").andExpect(status().isForbidden());
            as(user, "/state").andExpect(status().isForbidden());
        }
        as("champion", "/power-sharing").andExpect(status().isForbidden());
        as("admin", "/power-sharing").andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/sessions/" + session.id + "/timeline"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        as("facilitator", "/timeline").andExpect(status().isOk());
    }

    @Test
    void storiesShowTheSessionsAndDecisionsThatCitedThemButAWithdrawnStoryStaysGone() throws Exception {
        StoryId a = approvedStory(session.storyA);
        StoryId c = approvedStory(session.storyC);
        StoryId b = approvedStory(session.storyB);
        stories.apply(Stories.withdrawn(b), 2, ScriptedSession.START);
        played();
        String citedBy = session.fill("""
                [{"sessionId":"{id}"},{"sessionId":"{id}","decisionId":"{d1}"}]""");

        for (StoryId story : new StoryId[] {a, c}) {
            String body = mvc.perform(get("/api/v1/insights/stories/" + story).with(httpBasic("analyst", "analyst-local")))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            JSONAssert.assertEquals(citedBy, JsonPath.<Object>read(body, "$.citedBy").toString(), true);
        }
        String feed = mvc.perform(get("/api/v1/insights/feed").with(httpBasic("analyst", "analyst-local")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Object>>read(feed, "$.items[?(@.id == '" + a + "')].citedBy[*].decisionId"))
                .containsExactly(session.d1.toString());
        assertThat(JsonPath.<List<Object>>read(feed, "$.items[?(@.id == '" + c + "')].citedBy[*].sessionId"))
                .containsExactly(session.id.toString(), session.id.toString());
        mvc.perform(get("/api/v1/insights/stories/" + b).with(httpBasic("analyst", "analyst-local")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOpenApiDocumentListsTheSessionCalls() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/sessions/{id}/timeline']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/sessions/{id}/state']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/sessions/{id}/power-sharing']").exists());
    }

    private StoryId approvedStory(UUID id) {
        StoryId story = new StoryId(id);
        stories.apply(Stories.submitted(story), 0, ScriptedSession.START);
        stories.apply(Stories.approved(story, KEYS.seal("published-" + id, "Cited story", "Words")), 1,
                ScriptedSession.START);
        return story;
    }

    private void played() {
        KEYS.destroy(ScriptedSession.keyOf(session.cat));
        played(ScriptedSession.ERASURE);
    }

    private void played(int through) {
        for (int sequence = 0; sequence <= through; sequence++) {
            projection.apply(session.events().get(sequence), sequence, ScriptedSession.at(sequence));
        }
    }

    private ResultActions as(String user, String call) throws Exception {
        return mvc.perform(get("/api/v1/sessions/" + session.id + call).with(httpBasic(user, user + "-local")));
    }
}
