package org.chorus.query.campaign;

/** A campaign event arrived before one of its predecessors: it is not applied and must be delivered again later. */
public final class CampaignEventOutOfOrderException extends RuntimeException {

    CampaignEventOutOfOrderException(String campaignId, long sequence, long lastApplied) {
        super("campaign " + campaignId + ": event " + sequence + " arrived but the last applied is "
                + (lastApplied < 0 ? "none" : lastApplied));
    }
}
