/** The read model behind the dashboards: per cohort and department, fed by the other modules' events; nothing depends on it. */
package com.csracademy.reporting;
