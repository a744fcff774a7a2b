package com.csracademy.security;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when the development token issuer is on (see {@link SecurityMode}). */
class DevIssuerCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return SecurityMode.resolve(context.getEnvironment()).devIssuer();
    }
}
