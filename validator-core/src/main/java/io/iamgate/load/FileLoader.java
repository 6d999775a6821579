package io.iamgate.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a file as UTF-8 text, refusing what is not text, with a message a user can act on. */
public final class FileLoader {

    private final long maxBytes;

    public FileLoader() {
        this(Limits.MAX_FILE_BYTES);
    }

    public FileLoader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Either a {@link LoadedFile} or an {@link InputError}. */
    public sealed interface Result permits Loaded, Failed {}

    public record Loaded(LoadedFile file) implements Result {}

    public record Failed(InputError error) implements Result {}

    public Result load(Path path, String displayPath) {
        try {
            if (!Files.exists(path)) {
                return fail(
                        displayPath,
                        Files.isSymbolicLink(path)
                                ? "is a symbolic link that cannot be followed (a loop, or its target is missing); fix or "
                                        + "exclude it"
                                : "no such file; check the path");
            }
            if (Files.isDirectory(path)) {
                return fail(displayPath, "is a directory, expected a file");
            }
            if (!Files.isRegularFile(path)) {
                // A FIFO or device would block the read forever or never end: refuse it by name.
                return fail(displayPath, "is not a regular file (a FIFO, socket or device); exclude it");
            }
            long size = Files.size(path);
            if (size > maxBytes) {
                return fail(
                        displayPath,
                        "is " + size + " bytes, larger than the limit of " + maxBytes
                                + " bytes; exclude it in .iamgate.yml or split it");
            }
            byte[] bytes = Files.readAllBytes(path);
            return decode(bytes, displayPath)
                    .<Result>map(text -> new Loaded(new LoadedFile(path, displayPath, text)))
                    .orElseGet(() -> fail(displayPath, describeUndecodable(bytes)));
        } catch (AccessDeniedException e) {
            return fail(displayPath, "cannot be read (permission denied); fix its permissions or exclude it");
        } catch (NoSuchFileException e) {
            return fail(displayPath, "no such file; check the path");
        } catch (IOException e) {
            return fail(
                    displayPath,
                    "cannot be read: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    private static Failed fail(String file, String message) {
        return new Failed(new InputError(file, message));
    }

    /** Strict UTF-8; a leading byte-order mark is dropped, as editors do not count it as text. */
    static java.util.Optional<String> decode(byte[] bytes, String file) {
        if (indexOfNul(bytes) >= 0) {
            return java.util.Optional.empty();
        }
        int skip =
                bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF
                        ? 3
                        : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return java.util.Optional.of(decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString());
        } catch (CharacterCodingException e) {
            return java.util.Optional.empty();
        }
    }

    private static String describeUndecodable(byte[] bytes) {
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            return "is binary data (NUL byte at offset " + nul + "), not a policy or template; exclude it";
        }
        int bad = firstInvalidUtf8(bytes);
        return "is not valid UTF-8 (bad byte sequence at offset " + bad + "); save it as UTF-8";
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult r = decoder.decode(in, out, true);
        return r.isError() ? in.position() : 0;
    }
}
