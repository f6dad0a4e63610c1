package org.chorus.query.page;

import java.security.Principal;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page and the home page: the overview, or a list of the pages the signed-in user may open. */
@Controller
class ShellPageController {
    static final PageError SIGN_IN_FAILED = new PageError("username", "The username or password is not right");

    /** After a failed attempt ({@code ?error}) the page leads with the error summary. */
    @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
    String login(@RequestParam MultiValueMap<String, String> params, Model model) {
        model.addAttribute("errors", params.containsKey("error") ? List.of(SIGN_IN_FAILED) : List.of());
        return "login";
    }

    /** The overview for those who may open it; for everyone else, the list of the pages they may open. */
    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    String home(Principal caller) {
        return DashboardPage.OVERVIEW.openTo(Callers.authorities(caller)) ? "redirect:" + DashboardPage.OVERVIEW.path()
                : "home";
    }
}
