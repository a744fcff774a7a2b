/** The program as data: stages, steps, durations, thresholds, windows and quotas, loaded and validated from {@code content/program/}. */
package com.csracademy.program;
