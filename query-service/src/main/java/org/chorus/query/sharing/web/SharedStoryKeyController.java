package org.chorus.query.sharing.web;

import org.chorus.query.sharing.SharedStoryKeys;
import org.chorus.query.sharing.SharedStoryKeys.StoryKey;
import org.chorus.query.web.NotFoundException;
import org.chorus.query.web.PathIds;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** For a subscriber of the curated stream: the key that opens a shared story's words, never stored by a cache. */
@RestController
class SharedStoryKeyController {
    private final SharedStoryKeys keys;

    SharedStoryKeyController(SharedStoryKeys keys) {
        this.keys = keys;
    }

    @GetMapping(path = "/api/v1/insights/stories/{id}/key", produces = "application/json")
    ResponseEntity<StoryKey> key(@PathVariable("id") String id) {
        String storyId = PathIds.uuid(id);
        StoryKey key = keys.of(storyId).orElseThrow(() -> new NotFoundException("No shared story " + storyId + "."));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(key);
    }
}
