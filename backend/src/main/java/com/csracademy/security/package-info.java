/** Who is calling: JWT validation, roles from the token, the caller as an {@link com.csracademy.security.Actor}, the development sign-in. */
package com.csracademy.security;
