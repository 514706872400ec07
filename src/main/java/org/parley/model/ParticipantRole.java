package org.parley.model;

/** The part an actor plays in an event. */
public enum ParticipantRole {
    /** Who acted: the one who proposed, rejected, phoned, said. */
    SOURCE,
    /** Toward whom: the one proposed to, rejected, phoned, told. */
    TARGET,
    /** Took part without a direction: one of many at a meeting, an interviewer. */
    OTHER
}
