package com.csracademy.certification;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Certification settings ({@code academy.certification}).
 *
 * @param fontFile       the CJK TrueType font (or collection) embedded, as a subset, in the certificate PDF; the
 *                       default is Debian's {@code fonts-wqy-microhei}
 * @param fontName       the font's PostScript name inside a collection ({@code .ttc}); empty: the first font
 * @param signingKeyFile the RSA key (JWK) that signs the Open Badges credentials; generated on first start
 * @param publicUrl      the address the app is reached at from outside: credential ids and the verification link
 * @param issuerName     the issuing organisation, on the certificate and in the credential's issuer profile
 */
@ConfigurationProperties("academy.certification")
public record CertificationProperties(
        @DefaultValue("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc") Path fontFile,
        @DefaultValue("WenQuanYiMicroHei") String fontName,
        @DefaultValue("data/credential-signing-key.json") Path signingKeyFile,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("用户服务中心") String issuerName) {

    /**
     * The verification address printed on the certificate: the app's public page for the code (it reads
     * {@code GET /api/v1/certificates/verify/{code}}), so a person who types or scans it sees a page, not JSON.
     */
    public String verificationUrl(String code) {
        return base() + "/verify/" + code;
    }

    /** The public key set that verifies the credentials. */
    public String jwksUrl() {
        return base() + "/api/v1/certificates/jwks";
    }

    public String base() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
