package org.chorus.query.insight.web;

import java.time.Duration;
import org.chorus.query.codebook.KnownCodebook;
import org.chorus.query.insight.FeedCursor;
import org.chorus.query.insight.FeedPage;
import org.chorus.query.insight.InsightReader;
import org.chorus.query.insight.StoryFilter;
import org.chorus.query.insight.StoryReading;
import org.chorus.query.insight.StoryView;
import org.chorus.query.insight.ThemesReport;
import org.chorus.query.insight.counts.StoryCounts;
import org.chorus.query.insight.stream.LastEventId;
import org.chorus.query.insight.stream.StoryStream;
import org.chorus.query.web.MinVersion;
import org.chorus.query.web.NotFoundException;
import org.chorus.query.web.PathIds;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@RequestMapping(path = "/api/v1/insights", produces = "application/json")
class InsightController {
    private final InsightReader reader;
    private final StoryCounts counts;
    private final KnownCodebook codebook;
    private final Duration maxWait;
    private final StoryStream stream;

    InsightController(InsightReader reader, StoryCounts counts, KnownCodebook codebook, StoryStream stream,
            @Value("${chorus.insight.min-version-wait:5s}") Duration maxWait) {
        this.reader = reader;
        this.counts = counts;
        this.stream = stream;
        this.codebook = codebook;
        this.maxWait = maxWait;
    }

    @GetMapping("/feed")
    FeedPage feed(@RequestParam MultiValueMap<String, String> params) {
        InsightParams read = new InsightParams(params, codebook::knows);
        StoryFilter filter = read.filter();
        int limit = read.limit();
        FeedCursor cursor = read.cursor();
        read.check();
        return reader.feed(filter, limit, cursor);
    }

    /** Stories arriving from now on (or after Last-Event-ID) matching the feed's filters, as server-sent events. */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestParam MultiValueMap<String, String> params,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId) {
        InsightParams read = new InsightParams(params, codebook::knows);
        StoryFilter filter = read.filter();
        LastEventId after = read.lastEventId(lastEventId);
        read.check();
        return stream.open(filter, after);
    }

    @GetMapping("/themes")
    ThemesReport themes(@RequestParam MultiValueMap<String, String> params) {
        InsightParams read = new InsightParams(params, codebook::knows);
        StoryFilter filter = read.filter();
        read.check();
        return counts.themes(filter);
    }

    /**
     * With {@code minVersion}, waits (at most the configured time, then 503) until the read model has applied that
     * version of the story; an erased story answers 404 at once, and so does an unknown one asked for without it.
     */
    @GetMapping("/stories/{id}")
    StoryView story(@PathVariable("id") String id, @RequestParam(name = "minVersion", required = false) @Nullable String minVersion)
            throws InterruptedException {
        String storyId = PathIds.uuid(id);
        long wanted = MinVersion.parse(minVersion);
        StoryReading reading = MinVersion.await(maxWait, () -> reader.story(storyId), read -> read.behind(wanted),
                () -> "Story " + storyId + " has not reached version " + wanted + " yet.");
        return reading.view().orElseThrow(() -> new NotFoundException("No story " + storyId + "."));
    }

}
