/** The end of the journey: certificates with a public verification code, their PDF in Chinese, revocation, and the Open Badges 3.0 credential. */
package com.csracademy.certification;
