package com.csracademy.security;

import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/**
 * The exchange firewall's rules for header names and values, as Spring Security's
 * {@link StrictServerWebExchangeFirewall} has them by default (names {@code [\p{IsAssigned}&&[^\p{IsControl}]]*},
 * values {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}: assigned characters and no control character, but the
 * tab in a value), checked in one pass instead of by those expressions. The firewall applies them each time the
 * application reads a header, the bearer token's 700 characters included; in two of eleven bulk-benchmark profiles
 * the expressions' character predicates were running interpreted, and the checks took 2 % and 13 % of the samples
 * (docs/performance.md, tenth round). {@code HeaderTextTest} holds both to the stock firewall's answers for every
 * code point and on generated values.
 */
final class HeaderText {

    private HeaderText() {
    }

    static boolean allowedName(String name) {
        return allowed(name, false);
    }

    static boolean allowedValue(String value) {
        return allowed(value, true);
    }

    private static boolean allowed(String text, boolean tabAllowed) {
        if (text == null) {
            return true;
        }
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (c >= ' ' && c < 0x7f) {
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || type == Character.CONTROL && !(tabAllowed && codePoint == '\t')) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
