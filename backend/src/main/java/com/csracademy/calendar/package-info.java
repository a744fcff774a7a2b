/** The firm's working calendar and the exchange's trading calendar: working-day arithmetic, trading days and trading hours. */
package com.csracademy.calendar;
