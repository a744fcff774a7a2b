package com.csracademy.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads content files and binds YAML to records, failing with a message that names the file and the
 * field ({@code program/program.yaml: thresholds.knowledgePass: must be at most 100}).
 */
@Component
public class ContentFiles {

    private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    private final YAMLMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .findAndAddModules()
            .build();
    private final Validator validator;
    private final String location;

    public ContentFiles(ContentProperties properties, Validator validator) {
        this.validator = validator;
        this.location = properties.location().endsWith("/") ? properties.location() : properties.location() + "/";
    }

    /** A content file: its path relative to the content root, and its bytes. */
    public record ContentFile(String path, byte[] bytes) {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** The files matching a pattern relative to the content root ({@code program/*.yaml}), sorted by path. */
    public List<ContentFile> list(String pattern) {
        try {
            Resource[] resources = resolver.getResources(location + pattern);
            return Arrays.stream(resources)
                    .filter(Resource::isReadable)
                    .map(this::read)
                    .sorted(Comparator.comparing(ContentFile::path))
                    .toList();
        } catch (IOException e) {
            throw new ContentException("Cannot list content " + location + pattern + ": " + e.getMessage(), e);
        }
    }

    private ContentFile read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            String path = relativePath(resource);
            return new ContentFile(path, in.readAllBytes());
        } catch (IOException e) {
            throw new ContentException("Cannot read content file " + resource.getDescription(), e);
        }
    }

    private String relativePath(Resource resource) throws IOException {
        String url = resource.getURL().toString();
        String marker = "content/";
        int at = url.lastIndexOf("/" + marker);
        String base = location.replaceFirst("^(classpath\\*?|file):", "");
        int baseAt = url.indexOf(base);
        if (baseAt >= 0) {
            return url.substring(baseAt + base.length());
        }
        return at >= 0 ? url.substring(at + marker.length() + 1) : resource.getFilename();
    }

    /** Binds a YAML file to a record and validates it; errors name the file and the field. */
    public <T> T bind(ContentFile file, Class<T> type) {
        T value;
        try {
            value = yaml.readValue(file.bytes(), type);
        } catch (JacksonException e) {
            String field = path(e.getPath());
            String where = e.getLocation() != null && e.getLocation().getLineNr() > 0
                    ? " (line " + e.getLocation().getLineNr() + ")" : "";
            throw new ContentException(file.path() + ": " + (field.isEmpty() ? "" : field + ": ")
                    + e.getOriginalMessage().lines().findFirst().orElse("unreadable") + where, e);
        }
        if (value == null) {
            throw new ContentException(file.path() + ": the file is empty");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            Set<String> messages = violations.stream()
                    .map(v -> file.path() + ": " + v.getPropertyPath() + ": " + v.getMessage())
                    .collect(Collectors.toCollection(TreeSet::new));
            throw new ContentException(String.join("\n", messages));
        }
        return value;
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference ref : references) {
            if (ref.getPropertyName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /** SHA-256 of the files' paths and bytes: the content version. */
    public static String hash(List<ContentFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (ContentFile file : files) {
                digest.update(file.path().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.bytes());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
