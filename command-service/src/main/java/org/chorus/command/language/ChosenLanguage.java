package org.chorus.command.language;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language a request is answered in: the one chosen with {@code ?lang=} and kept in the {@code chorus-lang}
 * cookie, else the first of the client's {@code Accept-Language} that Chorus speaks, else English.
 */
class ChosenLanguage extends CookieLocaleResolver {
    static final String COOKIE = "chorus-lang";
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("pl"),
            Locale.forLanguageTag("pt"));
    /** Staff pages are written in English only; saying so keeps their {@code <html lang>} true. */
    private static final List<String> ENGLISH_ONLY = List.of("/moderation", "/sessions");

    ChosenLanguage() {
        super(COOKIE);
        setCookieMaxAge(Duration.ofDays(400));
        setCookieSameSite("Lax");
        setCookieHttpOnly(true);
        // a stale or tampered cookie must not turn every page into a 500
        setRejectInvalidCookies(false);
        setDefaultLocaleFunction(ChosenLanguage::fromClient);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return englishOnly(request) ? Locale.ENGLISH : super.resolveLocale(request);
    }

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        return englishOnly(request) ? new SimpleLocaleContext(Locale.ENGLISH) : super.resolveLocaleContext(request);
    }

    @Override
    public void setLocaleContext(HttpServletRequest request, @Nullable HttpServletResponse response,
                                 @Nullable LocaleContext chosen) {
        Locale locale = chosen == null ? null : chosen.getLocale();
        super.setLocaleContext(request, response, new SimpleLocaleContext(supported(locale).orElse(Locale.ENGLISH)));
    }

    @Override
    protected @Nullable Locale parseLocaleValue(String value) {
        return supported(super.parseLocaleValue(value)).orElse(null);
    }

    static Optional<Locale> supported(@Nullable Locale asked) {
        return asked == null ? Optional.empty()
                : SUPPORTED.stream().filter(l -> l.getLanguage().equals(asked.getLanguage())).findFirst();
    }

    private static Locale fromClient(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return Locale.ENGLISH;
        }
        return Collections.list(request.getLocales()).stream().map(ChosenLanguage::supported)
                .flatMap(Optional::stream).findFirst().orElse(Locale.ENGLISH);
    }

    private static boolean englishOnly(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/") || ENGLISH_ONLY.stream()
                .anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }
}
