/** Each trainee's journey through the four stages, moved by evidence from the other modules and routed at the 90/85 thresholds, every decision explained. */
package com.csracademy.progression;
