package com.csracademy.curriculum;

/**
 * What the lesson page reports. {@code OPENED} and {@code COMPLETED} record their first time only, so a
 * retry changes nothing; only {@code HEARTBEAT} adds reading time.
 */
public enum ProgressEvent { OPENED, HEARTBEAT, COMPLETED }
