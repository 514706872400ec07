package org.parley.model;

/** What kind of party an actor is. */
public enum ActorKind { PERSON, STATE, ORGANIZATION, GROUP }
