package com.csracademy.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;

/** Signing keys kept in files: read if present, else generated and written owner-only, atomically. */
public final class KeyFiles {

    /** Makes a new key. */
    @FunctionalInterface
    public interface Generator {
        RSAKey generate() throws JOSEException;
    }

    private KeyFiles() {
    }

    /**
     * The key in {@code file}, or a new one from {@code generator} written there (readable by the owner only
     * where the file system allows). {@code what} names the key in errors; {@code unreadableHint} is added when
     * the file cannot be parsed.
     */
    public static RSAKey loadOrCreate(Path file, String what, String unreadableHint, Generator generator) {
        try {
            if (Files.exists(file)) {
                return RSAKey.parse(Files.readString(file));
            }
            RSAKey generated = generator.generate();
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, "key", ".tmp");
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // not a POSIX file system; the data folder's own permissions apply
            }
            Files.writeString(temp, generated.toJSONString());
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the " + what + " " + file, e);
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("The " + what + " " + file + " is unreadable" + unreadableHint, e);
        }
    }
}
