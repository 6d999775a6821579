package io.iamgate.analyze.local;

/** A check that looks at: The whole document (size, Version, top-level elements). Runs on valid JSON only. */
public interface DocumentCheck {

    void checkDocument(CheckContext ctx, FindingSink out);
}
