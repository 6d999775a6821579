package io.iamgate.config;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An accepted finding: issue code, file glob, optionally a statement Sid or a path, a required reason and
 * an optional expiry date after which the finding blocks again.
 */
public record Suppression(String issueCode, String fileGlob, Optional<String> sid, Optional<String> path,
        String reason, Optional<LocalDate> expires) {
}
