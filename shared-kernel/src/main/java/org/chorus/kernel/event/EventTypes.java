package org.chorus.kernel.event;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.chorus.kernel.campaign.CampaignEvent;
import org.chorus.kernel.champion.ChampionEvent;
import org.chorus.kernel.codebook.CodebookEvent;
import org.chorus.kernel.session.SessionEvent;
import org.chorus.kernel.story.StoryEvent;

/** Maps the event type header back to the event record it names. */
public final class EventTypes {
    private static final Map<String, Class<?>> BY_NAME = Stream.of(StoryEvent.class, SessionEvent.class, ChampionEvent.class, CampaignEvent.class,
                    CodebookEvent.class)
            .flatMap(events -> Arrays.stream(events.getPermittedSubclasses()))
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private EventTypes() {
    }

    /** The type name written in the {@link EventHeaders#EVENT_TYPE} header. */
    public static String nameOf(Class<?> eventClass) {
        return eventClass.getSimpleName();
    }

    public static Optional<Class<?>> forName(String typeName) {
        return Optional.ofNullable(BY_NAME.get(typeName));
    }
}
