package io.iamgate.analyze.local;

import io.iamgate.model.ElementEntry;
import io.iamgate.model.Statement;

/** A check that looks at: Each string entry of Resource or NotResource. */
public interface ResourceCheck {

    void checkResource(CheckContext ctx, Statement statement, ElementEntry resource, FindingSink out);
}
