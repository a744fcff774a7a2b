package com.csracademy.progression;

/** Where a trainee stands on their journey. */
public enum JourneyStatus { ON_TRACK, REMEDIAL, EXTENDED, ESCALATED, CERTIFIED, WITHDRAWN }
