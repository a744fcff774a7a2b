package com.csracademy.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param exportMaxRows  the most rows one CSV/XLSX export carries (the at-risk and overdue lists)
 * @param rebuildOnStart rebuild the model at start when it is missing, of an older schema, or its row count
 *                       differs from the enrolments
 */
@ConfigurationProperties("academy.reporting")
public record ReportingProperties(@DefaultValue("10000") int exportMaxRows, @DefaultValue("true") boolean rebuildOnStart) {
}
