package org.chorus.query.equality.web;

import org.chorus.query.codebook.KnownCodebook;
import org.chorus.query.equality.EqualityReader;
import org.chorus.query.equality.EqualityReport;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Which groups are heard, for programme leads and analysts: aggregates only, small numbers suppressed. */
@RestController
class EqualityController {
    private final EqualityReader reader;
    private final KnownCodebook codebook;

    EqualityController(EqualityReader reader, KnownCodebook codebook) {
        this.reader = reader;
        this.codebook = codebook;
    }

    @GetMapping(path = "/api/v1/insights/equality", produces = "application/json")
    EqualityReport equality(@RequestParam MultiValueMap<String, String> params) {
        return reader.report(new EqualityParams(params, codebook::knows).filter());
    }
}
