package com.csracademy.reporting.domain;

/** Why a trainee is on the at-risk list. {@code OVERDUE} depends on the day and is decided when asked. */
public enum Risk { REMEDIAL, EXTENDED, ESCALATED, SHARE_BELOW_TARGET, OVERDUE }
