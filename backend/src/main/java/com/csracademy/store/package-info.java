/** The document store: the embedded MongoDB wire-protocol server by default, a real MongoDB when a URI is set. */
package com.csracademy.store;
