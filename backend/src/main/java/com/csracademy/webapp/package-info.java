/** Serves the single-page app: its files, and index.html for its client-side routes. */
package com.csracademy.webapp;
