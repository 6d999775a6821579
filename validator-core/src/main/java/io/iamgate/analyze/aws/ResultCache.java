package io.iamgate.analyze.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Access Analyzer answers by content hash, one JSON file per answer: an unchanged policy costs no call.
 * The key hashes everything the answer depends on (API, policy text, types, check parameters). An entry
 * that cannot be read is treated as missing and rewritten; a cache that cannot be written costs calls,
 * never correctness.
 */
public final class ResultCache {

    /** Bumped when the stored shape changes, so old entries are never misread. */
    static final String FORMAT = "iamgate-aws-cache-1";

    private final Optional<Path> directory;
    private final ObjectMapper json = new ObjectMapper();

    private ResultCache(Optional<Path> directory) {
        this.directory = directory;
    }

    public static ResultCache in(Path directory) {
        return new ResultCache(Optional.of(directory));
    }

    public static ResultCache disabled() {
        return new ResultCache(Optional.empty());
    }

    /**
     * The default place: $IAMGATE_CACHE_DIR, else $XDG_CACHE_HOME/iamgate/aws, else ~/.cache/iamgate/aws.
     * Outside the repository, so nothing needs ignoring and every checkout of a machine shares it.
     */
    public static Path defaultDirectory() {
        String explicit = System.getenv("IAMGATE_CACHE_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("iamgate").resolve("aws");
    }

    /** sha256 over the parts, each length-prefixed so that no two part lists collide. */
    public static String key(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(FORMAT.getBytes(StandardCharsets.UTF_8));
            for (String part : parts) {
                byte[] bytes = (part == null ? "\u0000null" : part).getBytes(StandardCharsets.UTF_8);
                sha.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<JsonNode> get(String key) {
        if (directory.isEmpty()) {
            return Optional.empty();
        }
        Path file = file(key);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            JsonNode node = json.readTree(Files.readAllBytes(file));
            if (node == null || !FORMAT.equals(node.path("format").asText()) || !node.has("value")) {
                return Optional.empty();
            }
            return Optional.of(node.get("value"));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // corrupt: ignored here, overwritten by the next put
        }
    }

    public void put(String key, JsonNode value) {
        if (directory.isEmpty()) {
            return;
        }
        Path file = file(key);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), key, ".tmp");
            var entry = json.createObjectNode();
            entry.put("format", FORMAT);
            entry.set("value", value);
            Files.write(tmp, json.writeValueAsBytes(entry));
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // A read-only or full cache directory costs calls next time, nothing else.
        }
    }

    Path file(String key) {
        return directory.orElseThrow().resolve(key.substring(0, 2)).resolve(key + ".json");
    }
}
