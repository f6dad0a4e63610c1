package org.chorus.command.story.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.chorus.command.support.EngineProperties;
import org.chorus.command.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** A champion picks their language once and the pages, errors included, stay in it. */
@IntegrationTest
@AutoConfigureMockMvc
class ChampionLanguagePageTest extends EngineProperties {
    @Autowired
    MockMvc mvc;

    @Test
    void choosingPolishShowsTheFormInPolishAndTheCookieRemembersIt() throws Exception {
        MockHttpServletResponse chosen = mvc.perform(get("/stories/new").param("lang", "pl")
                .with(user("champion").roles("CHAMPION"))).andReturn().getResponse();

        assertThat(chosen.getContentAsString()).contains("<html lang=\"pl\"").contains("Opowiedz nam historię")
                .contains("Wyślij historię").doesNotContain("Tell us a story");
        Cookie cookie = chosen.getCookie("chorus-lang");
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo("pl");
        assertThat(cookie.getMaxAge()).isGreaterThan(60 * 60 * 24 * 300);

        String later = mvc.perform(get("/stories/mine").cookie(cookie).with(user("champion").roles("CHAMPION")))
                .andReturn().getResponse().getContentAsString();
        assertThat(later).contains("<html lang=\"pl\"").contains("Moje historie");
    }

    @Test
    void myStoriesShowDatesInTheChosenLanguage() throws Exception {
        mvc.perform(post("/stories/new").with(user("champion2").roles("CHAMPION")).with(csrf())
                .param("submissionToken", UUID.randomUUID().toString()).param("wordingVersion", "2026-11")
                .param("title", "Daty").param("narrative", "n").param("place", "LEWISHAM")
                .param("language", "pl").param("channel", "CHAMPION_INTERVIEW").param("feeling", "MIXED")
                .param("consentAnalysis", "true").param("consentBasis", "SELF"));

        String page = mvc.perform(get("/stories/mine").cookie(new Cookie("chorus-lang", "pt"))
                .with(user("champion2").roles("CHAMPION"))).andReturn().getResponse().getContentAsString();

        String month = DateTimeFormatter.ofPattern("MMM", Locale.forLanguageTag("pt"))
                .format(LocalDate.now(ZoneId.of("Europe/London")));
        assertThat(month).isNotEqualTo(DateTimeFormatter.ofPattern("MMM", Locale.UK)
                .format(LocalDate.now(ZoneId.of("Europe/London"))));
        assertThat(page).contains("Daty").contains("Estado")
                .containsPattern("<td data-label=\"[^\"]+\">\\d{1,2} " + Pattern.quote(month) + " \\d{4}, ");
    }

    @Test
    void anEmptyFormSentInPolishComesBackWithPolishErrors() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/stories/new").cookie(new Cookie("chorus-lang", "pl"))
                .with(user("champion").roles("CHAMPION")).with(csrf())
                .param("submissionToken", UUID.randomUUID().toString()).param("wordingVersion", "2026-11")
                .param("language", "en").param("channel", "CHAMPION_INTERVIEW").param("consentBasis", "SELF"))
                .andReturn().getResponse();

        String page = response.getContentAsString();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(page).contains("<html lang=\"pl\"").contains("Wystąpił problem")
                .contains("<a href=\"#title\">Wpisz tytuł</a>")
                .contains("<a href=\"#feeling\">Wybierz ogólne odczucia osoby opowiadającej</a>")
                .contains("id=\"title-error\">Wpisz tytuł<")
                .doesNotContain("There is a problem").doesNotContain("Enter a title");
    }

    @Test
    void theSignInPageSpeaksPortugueseAndMarksTheCurrentLanguage() throws Exception {
        String page = mvc.perform(get("/login?lang=pt")).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<html lang=\"pt\"").contains("Iniciar sessão").contains("Palavra-passe")
                .contains("<a href=\"?lang=pt\" lang=\"pt\" hreflang=\"pt\" aria-current=\"true\">Português</a>")
                .contains("<a href=\"?lang=en\" lang=\"en\" hreflang=\"en\">English</a>")
                .contains("<a href=\"?lang=pl\" lang=\"pl\" hreflang=\"pl\">Polski</a>");
    }

    @Test
    void aLanguageChorusDoesNotSpeakFallsBackToEnglish() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/login?lang=fr")
                .cookie(new Cookie("chorus-lang", "pt"))).andReturn().getResponse();

        assertThat(response.getContentAsString()).contains("<html lang=\"en\"").contains("Sign in")
                .contains("aria-current=\"true\">English</a>");
        assertThat(response.getCookie("chorus-lang").getValue()).isEqualTo("en");
    }

    @Test
    void aCookieForALanguageChorusDoesNotSpeakIsEnglish() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/login").cookie(new Cookie("chorus-lang", "klingon!")))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("<html lang=\"en\"").contains("Sign in");
    }

    @Test
    void staffPagesStayInEnglishAndOfferNoSwitcher() throws Exception {
        String page = mvc.perform(get("/moderation").cookie(new Cookie("chorus-lang", "pl"))
                .with(user("moderator").roles("MODERATOR"))).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<html lang=\"en\"").contains("Stories waiting for moderation")
                .doesNotContain("hreflang");
    }
}
