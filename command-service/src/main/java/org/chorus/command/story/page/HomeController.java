package org.chorus.command.story.page;

import org.chorus.command.security.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Sign-in page, and a start page that takes each role where its work is. */
@Controller
class HomeController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(Caller caller) {
        if (caller.hasRole("CHAMPION")) {
            return "redirect:/stories/new";
        }
        if (caller.hasRole("MODERATOR")) {
            return "redirect:/moderation";
        }
        return "home";
    }
}
