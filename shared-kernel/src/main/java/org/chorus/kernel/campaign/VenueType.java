package org.chorus.kernel.campaign;

/** Where a champion met the people they reached. */
public enum VenueType {
    FAITH_SPACE, COMMUNITY_CENTRE, ESTATE, SCHOOL, GP_SURGERY, ONLINE, EVENT, OTHER
}
