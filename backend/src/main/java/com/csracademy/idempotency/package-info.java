/** Honours the {@code Idempotency-Key} header on creating POSTs: a retried request gets the first answer again instead of creating twice. */
package com.csracademy.idempotency;
