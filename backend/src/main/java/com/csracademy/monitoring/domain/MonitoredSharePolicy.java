package com.csracademy.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The 50% rule of supervised go-live: the mentor must monitor strictly more than the program's share of the
 * trainee's calls (以上 here is read as "more than": exactly half is not enough). The comparison is exact —
 * {@code monitored > share × calls} — so no rounding lets 50% through. A step with no logged calls has no
 * evidence. The department head may waive the rule with a reason.
 */
public final class MonitoredSharePolicy {

    private MonitoredSharePolicy() {
    }

    /** The outcome, with the share shown to one decimal place of a percent. */
    public sealed interface Result permits Satisfied, Waived, NotEnough {
        long calls();

        long monitored();
    }

    public record Satisfied(long calls, long monitored, BigDecimal percent) implements Result {
    }

    public record Waived(long calls, long monitored, BigDecimal percent, String reason) implements Result {
    }

    public record NotEnough(long calls, long monitored, BigDecimal percent, String explanation) implements Result {
    }

    public static Result check(long calls, long monitored, BigDecimal shareAbove, String waiverReason) {
        BigDecimal percent = percent(calls, monitored);
        boolean above = calls > 0 && BigDecimal.valueOf(monitored).compareTo(shareAbove.multiply(BigDecimal.valueOf(calls))) > 0;
        if (above) {
            return new Satisfied(calls, monitored, percent);
        }
        if (waiverReason != null) {
            return new Waived(calls, monitored, percent, waiverReason);
        }
        String need = shareAbove.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString();
        return new NotEnough(calls, monitored, percent, calls == 0 ? "no calls are logged for the step"
                : "the mentor monitored " + monitored + " of " + calls + " calls (" + percent.toPlainString()
                        + "%); more than " + need + "% is needed");
    }

    /** monitored / calls as a percent with one decimal; 0 when there are no calls. */
    public static BigDecimal percent(long calls, long monitored) {
        return calls == 0 ? BigDecimal.ZERO.setScale(1) : BigDecimal.valueOf(monitored * 100L)
                .divide(BigDecimal.valueOf(calls), 1, RoundingMode.HALF_UP);
    }
}
