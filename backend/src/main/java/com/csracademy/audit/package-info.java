/** The append-only audit log of every state-changing request: who, when, what, which targets, with what outcome. */
package com.csracademy.audit;
