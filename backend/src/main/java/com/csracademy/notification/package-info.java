/** In-app notifications: stored per recipient, listed, marked read, and streamed as server-sent events from the store (so any instance can serve any user). */
package com.csracademy.notification;
