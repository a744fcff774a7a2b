package com.csracademy.certification.pdf;

import java.io.IOException;
import java.nio.file.Path;

import com.csracademy.certification.CertificationProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CertificateFontTest {

    private static CertificateFont font(String file) {
        return new CertificateFont(new CertificationProperties(Path.of(file), "WenQuanYiMicroHei",
                Path.of("target/unused-key.json"), "http://localhost:8080", "用户服务中心"));
    }

    @Test
    void aMissingFontIsReportedByNameAndPackageAndRefusesToOpen() {
        CertificateFont missing = font("target/no-such-font.ttc");
        Health health = missing.health();
        assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
        assertThat(String.valueOf(health.getDetails().get("error")))
                .contains("target/no-such-font.ttc").contains("fonts-wqy-microhei");
        assertThatThrownBy(missing::open).isInstanceOf(IOException.class).hasMessageContaining("is missing");
    }

    @Test
    void theInstalledFontOpensTheNamedFaceOfTheCollection() throws IOException {
        CertificateFont installed = font("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
        assertThat(installed.health().getStatus()).isEqualTo(Status.UP);
        try (CertificateFont.OpenFont open = installed.open()) {
            assertThat(open.font().getName()).isEqualTo("WenQuanYiMicroHei");
        }
    }
}
