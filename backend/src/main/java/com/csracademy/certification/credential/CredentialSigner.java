package com.csracademy.certification.credential;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.csracademy.certification.CertificationProperties;
import com.csracademy.security.KeyFiles;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.springframework.stereotype.Component;

/**
 * Signs Open Badges credentials as VC-JWTs (RS256) with the app's credential key, and publishes its public half
 * as a JWK set. The key is its own, not the token-signing key: credentials must stay verifiable whichever
 * identity provider signs the access tokens. It is generated on first start and kept in a file
 * ({@code academy.certification.signing-key-file}); keep that file (and its backups) as long as issued
 * credentials must verify.
 */
@Component
public class CredentialSigner {

    /** The media type of a JWT-secured verifiable credential. */
    public static final String MEDIA_TYPE = "application/vc+jwt";

    private final RSAKey key;

    CredentialSigner(CertificationProperties properties) {
        this.key = loadOrCreate(properties.signingKeyFile());
    }

    /**
     * The compact JWS whose claims are the credential itself, with the registered claims a JWT verifier expects
     * ({@code iss}, {@code sub}, {@code jti}, {@code iat}, {@code nbf}) taken from it.
     */
    public String sign(Map<String, Object> credential, long issuedAtEpochSecond) {
        Map<String, Object> claims = new LinkedHashMap<>(credential);
        claims.put("iss", ((Map<?, ?>) credential.get("issuer")).get("id"));
        claims.put("sub", ((Map<?, ?>) credential.get("credentialSubject")).get("id"));
        claims.put("jti", credential.get("id"));
        claims.put("iat", issuedAtEpochSecond);
        claims.put("nbf", issuedAtEpochSecond);
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(new JOSEObjectType("vc+jwt")).contentType("vc").build();
        try {
            JWSObject jws = new JWSObject(header, new Payload(claims));
            jws.sign(new RSASSASigner(key));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign the credential", e);
        }
    }

    /** The public key set ({@code {"keys": [...]}}) that verifies the credentials. */
    public Map<String, Object> publicKeys() {
        return new JWKSet(key.toPublicJWK()).toJSONObject(true);
    }

    private static RSAKey loadOrCreate(Path file) {
        return KeyFiles.loadOrCreate(file, "credential signing key", "", () -> new RSAKeyGenerator(2048)
                .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).keyIDFromThumbprint(true).generate());
    }
}
