package com.csracademy.people;

/** What a caller wants to do with a trainee's records, for the scope check. */
public enum AccessPurpose {
    /** See the records. */
    READ,
    /** Act as the trainee's mentor (review, coach); only the current mentor may. */
    ACT_AS_MENTOR
}
