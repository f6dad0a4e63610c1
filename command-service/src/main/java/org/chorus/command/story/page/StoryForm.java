package org.chorus.command.story.page;

import java.util.ArrayList;
import java.util.List;
import org.chorus.command.rules.FieldProblem;
import org.chorus.command.story.web.ProblemWording;
import org.chorus.command.story.web.StorySubmission;
import org.chorus.kernel.story.AgeBand;
import org.chorus.kernel.story.Channel;
import org.chorus.kernel.story.ConsentBasis;
import org.chorus.kernel.story.Feeling;
import org.jspecify.annotations.Nullable;

/** What the story form posts: plain strings and ticks, turned into a {@link StorySubmission}. */
@SuppressWarnings("unused")
public class StoryForm {
    private String title = "";
    private String narrative = "";
    private String place = "";
    private List<String> serviceAreas = new ArrayList<>();
    private String language = "en";
    private String channel = "CHAMPION_INTERVIEW";
    private String feeling = "";
    private String storytellerName = "";
    private String storytellerContact = "";
    private String ageBand = "";
    private String postcodeDistrict = "";
    private boolean consentAnalysis;
    private boolean consentQuote;
    private boolean consentPublish;
    private boolean consentContact;
    private String consentBasis = "SELF";
    private String wordingVersion = "";
    private String submissionToken = "";

    /** The submission the form describes; values that cannot even be read are added to {@code problems}. */
    StorySubmission toSubmission(List<FieldProblem> problems, ProblemWording wording) {
        Channel channelValue = parse(problems, wording, "channel", channel, Channel.class, "error.channel.required");
        Feeling feelingValue = parse(problems, wording, "feeling", feeling, Feeling.class, "error.feeling.required");
        ConsentBasis basis = parse(problems, wording, "consent.basis", consentBasis, ConsentBasis.class,
                "error.consent.basis.required");
        AgeBand band = null;
        if (!ageBand.isBlank()) {
            try {
                band = AgeBand.fromCode(ageBand);
            } catch (IllegalArgumentException e) {
                problems.add(wording.problem("storyteller.ageBand", "error.storyteller.ageBand.unknown"));
            }
        }
        boolean anyStoryteller = !storytellerName.isBlank() || !storytellerContact.isBlank() || band != null
                || !postcodeDistrict.isBlank();
        return new StorySubmission(title, narrative, blankToNull(place), List.copyOf(serviceAreas), language,
                channelValue, feelingValue, null,
                anyStoryteller ? new StorySubmission.Storyteller(blankToNull(storytellerName),
                        blankToNull(storytellerContact), band, blankToNull(postcodeDistrict), null) : null,
                new StorySubmission.ConsentRequest(consentAnalysis, consentQuote, consentPublish, consentContact,
                        false, wordingVersion, basis));
    }

    private static <E extends Enum<E>> @Nullable E parse(List<FieldProblem> problems, ProblemWording wording,
                                                         String field, String value, Class<E> type, String code) {
        if (value != null && !value.isBlank()) {
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                // reported below, like a missing choice
            }
        }
        problems.add(wording.problem(field, code));
        return null;
    }

    private static @Nullable String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getNarrative() { return narrative; }
    public void setNarrative(String narrative) { this.narrative = narrative; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public List<String> getServiceAreas() { return serviceAreas; }
    public void setServiceAreas(List<String> serviceAreas) { this.serviceAreas = serviceAreas; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getFeeling() { return feeling; }
    public void setFeeling(String feeling) { this.feeling = feeling; }
    public String getStorytellerName() { return storytellerName; }
    public void setStorytellerName(String storytellerName) { this.storytellerName = storytellerName; }
    public String getStorytellerContact() { return storytellerContact; }
    public void setStorytellerContact(String storytellerContact) { this.storytellerContact = storytellerContact; }
    public String getAgeBand() { return ageBand; }
    public void setAgeBand(String ageBand) { this.ageBand = ageBand; }
    public String getPostcodeDistrict() { return postcodeDistrict; }
    public void setPostcodeDistrict(String postcodeDistrict) { this.postcodeDistrict = postcodeDistrict; }
    public boolean isConsentAnalysis() { return consentAnalysis; }
    public void setConsentAnalysis(boolean consentAnalysis) { this.consentAnalysis = consentAnalysis; }
    public boolean isConsentQuote() { return consentQuote; }
    public void setConsentQuote(boolean consentQuote) { this.consentQuote = consentQuote; }
    public boolean isConsentPublish() { return consentPublish; }
    public void setConsentPublish(boolean consentPublish) { this.consentPublish = consentPublish; }
    public boolean isConsentContact() { return consentContact; }
    public void setConsentContact(boolean consentContact) { this.consentContact = consentContact; }
    public String getConsentBasis() { return consentBasis; }
    public void setConsentBasis(String consentBasis) { this.consentBasis = consentBasis; }
    public String getWordingVersion() { return wordingVersion; }
    public void setWordingVersion(String wordingVersion) { this.wordingVersion = wordingVersion; }
    public String getSubmissionToken() { return submissionToken; }
    public void setSubmissionToken(String submissionToken) { this.submissionToken = submissionToken; }
}
