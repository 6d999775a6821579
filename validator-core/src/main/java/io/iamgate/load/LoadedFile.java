package io.iamgate.load;

import java.nio.file.Path;

/**
 * A file's text, decoded and ready to parse. {@code displayPath} is how reports name it (relative to the
 * working directory when it is below it).
 */
public record LoadedFile(Path path, String displayPath, String text) {

    public String extension() {
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
