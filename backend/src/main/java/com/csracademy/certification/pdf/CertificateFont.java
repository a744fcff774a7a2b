package com.csracademy.certification.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.csracademy.certification.CertificationProperties;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The CJK font the certificate is drawn in: a TrueType font or collection from the file system (Debian's
 * {@code fonts-wqy-microhei} by default). A missing font does not stop the app: it is logged at start, shown in
 * the health details ({@code certificateFont}), and a PDF request is answered 503 until it is installed.
 */
@Component("certificateFont")
public class CertificateFont implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(CertificateFont.class);

    private final Path file;
    private final String name;

    CertificateFont(CertificationProperties properties) {
        this.file = properties.fontFile();
        this.name = properties.fontName();
        String problem = problem();
        if (problem != null) {
            log.warn("Certificate PDFs are unavailable: {}", problem);
        }
    }

    /** Why the font cannot be used, or {@code null}. */
    public String problem() {
        if (!Files.isReadable(file)) {
            return "the CJK font " + file + " is missing; install Debian's fonts-wqy-microhei or point "
                    + "academy.certification.font-file at a TrueType CJK font";
        }
        return null;
    }

    /**
     * Opens the font for one document; the caller closes the returned handle after the document is saved
     * (the subset is written from it on save).
     */
    OpenFont open() throws IOException {
        String problem = problem();
        if (problem != null) {
            throw new IOException(problem);
        }
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".ttc") || lower.endsWith(".otc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            TrueTypeFont font = name.isBlank() ? null : collection.getFontByName(name);
            if (font == null) {
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(f -> {
                    if (first[0] == null) {
                        first[0] = f;
                    }
                });
                font = first[0];
            }
            return new OpenFont(font, collection);
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        return new OpenFont(font, font);
    }

    /** A font and what must be closed with it. */
    record OpenFont(TrueTypeFont font, java.io.Closeable owner) implements java.io.Closeable {
        @Override
        public void close() throws IOException {
            owner.close();
        }
    }

    @Override
    public Health health() {
        String problem = problem();
        if (problem != null) {
            return Health.unknown().withDetail("file", file.toString()).withDetail("error", problem).build();
        }
        return Health.up().withDetail("file", file.toString()).withDetail("font", name).build();
    }
}
