package io.iamgate.extract;

import io.iamgate.load.LoadedFile;
import io.iamgate.load.LocatedJsonParser;
import io.iamgate.load.ParsedJson;

/**
 * A loaded file on its way through the extractors. The JSON parse is done at most once and shared, as
 * several extractors look at the same tree to decide whether the file is theirs. Confined to one thread.
 */
public final class SourceFile {

    private final LoadedFile file;
    private final boolean explicit;
    private ParsedJson json;

    public SourceFile(LoadedFile file, boolean explicit) {
        this.file = file;
        this.explicit = explicit;
    }

    public LoadedFile file() {
        return file;
    }

    public String displayPath() {
        return file.displayPath();
    }

    public String text() {
        return file.text();
    }

    /** True when the user named this file itself rather than a directory holding it. */
    public boolean explicit() {
        return explicit;
    }

    public ParsedJson json() {
        if (json == null) {
            json = new LocatedJsonParser().parse(file.text());
        }
        return json;
    }

    /** True when the text starts like JSON (after white space), whatever the file is called. */
    public boolean looksLikeJson() {
        String t = file.text();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{' || c == '[';
            }
        }
        return false;
    }
}
