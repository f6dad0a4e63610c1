package org.chorus.kernel.session;

/** Whom a participant sits for. Travels in clear, because power-sharing figures need it. */
public enum ParticipantRole {
    RESIDENT, VCSE, NHS, LOCAL_AUTHORITY, OTHER
}
