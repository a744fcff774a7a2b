package com.csracademy.certification.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The code printed on a certificate, by which anyone can verify it: 20 characters of Crockford's base32 (100
 * random bits, no I, L, O or U, so it reads aloud and types without ambiguity), in five groups of four
 * ({@code 7KQ2-M9XD-...}). Unguessable: a random guess hits one of a million certificates with a chance of
 * about 1 in 10^24.
 */
public final class VerificationCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int GROUPS = 5;
    private static final int GROUP_LENGTH = 4;
    /** What the verification endpoint accepts (either case); anything else is a malformed code. */
    public static final String FORMAT = "[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{4}(-[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{4}){4}";
    private static final Pattern PATTERN = Pattern.compile(FORMAT);

    private VerificationCode() {
    }

    public static String generate(SecureRandom random) {
        StringBuilder code = new StringBuilder(GROUPS * (GROUP_LENGTH + 1));
        for (int g = 0; g < GROUPS; g++) {
            if (g > 0) {
                code.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return code.toString();
    }

    public static boolean wellFormed(String code) {
        return code != null && PATTERN.matcher(code).matches();
    }

    /** The stored form of a well-formed code (codes are issued in upper case; lower case is accepted). */
    public static String normalise(String code) {
        return code.toUpperCase(Locale.ROOT);
    }
}
